-- Perusahaan Umum Daerah Air Minum Tirta Perwira Kabupaten Purbalingga
-- (PDAM Purbalingga): di loket MPP menerima permohonan sambungan baru,
-- pembayaran rekening air, pengaduan gangguan dan tagihan, serta perubahan
-- status langganan (balik nama, perubahan data dan golongan, pindah dan
-- ganti meter, penutupan sementara, penyambungan kembali, berhenti
-- berlangganan, angsuran tunggakan) dan pemesanan air tangki. Pekerjaan
-- lapangan (survei, pemasangan, penyegelan) dikerjakan petugas teknik
-- setelah permohonan diterima di loket.
--
-- Sumber (diperiksa 2026-11):
--   * UU 17/2019 tentang Sumber Daya Air; PP 122/2015 tentang Sistem
--     Penyediaan Air Minum (hak dan kewajiban pelanggan); PP 54/2017 tentang
--     BUMD; Permendagri 71/2016 jo. Permendagri 21/2020 tentang Perhitungan
--     dan Penetapan Tarif Air Minum (kelompok pelanggan, tarif ditetapkan
--     kepala daerah) - id.scribd.com/document/691768937;
--   * standar pelayanan sambungan rumah baru Perumda Air Minum Tirta Sanjung
--     Buana (perumdatsb.co.id/standar-pelayanan-sambungan-rumah-baru:
--     persyaratan KTP, KK, meterai; alur; pemasangan 5 hari kerja). Catatan
--     2026-12: halaman itu menyebut dirinya Tirta Sanjung Buana (bukan "Tirta
--     Sukapura Bumi" seperti tertulis sebelumnya); nama itu tidak ada di
--     antara PDAM kabupaten/kota Jawa Tengah dan asal daerahnya tidak
--     terbaca, jadi hanya pembanding, bukan sumber yang mengonfirmasi;
--   * biaya pendaftaran Rp50.000 di PDAM tetangga Tirta Satria Banyumas
--     (suarabanyumas.com, 2020) dan pikirz.com (panduan umum pasang baru);
--   * nama badan usaha dan kebiasaan menyalurkan air tangki saat aliran
--     terganggu: radarbanyumas.disway.id (2023-01-13, Perumdam Tirta Perwira).
--
-- Dicari lagi 2026-12 (tanpa hasil yang memenuhi syarat): standar pelayanan
-- Perumdam Tirta Perwira; standar/maklumat pelayanan PDAM Jawa Tengah lain
-- (Tirta Satria Banyumas: Perdir 3/2016 dan perumdamts.com; Tirta Bumi
-- Sentosa Kebumen; Tirta Wijaya Cilacap; Tirta Aji Wonosobo; Sendang
-- Kamulyan Batang: Perbup Batang 24/2021; SPM PDAM Kudus: Perbup Kudus
-- 7/2006): hanya judul/pembukaan dokumen yang terbaca, isi jangka waktu,
-- persyaratan dan biaya per layanan tidak; Permen PUPR 26/2014 dan 4/2020
-- (POS SPAM) memuat model prosedur tanpa jangka waktu yang terbaca.
--
-- Dicari lagi 2026-12: persyaratan sambungan baru diganti dengan daftar PDAM Kota
-- Semarang (semarangkota.com, menyalin pdamkotasmg.co.id; PDAM Jawa Tengah) dan
-- alurnya disusun dari daftar itu bersama model POS Pemasangan Sambungan Baru
-- Permen PUPR 26/PRT/M/2014 Lampiran IV; keduanya kini bersumber.
--
-- Dicari lagi 2026-12: SIPPN memuat standar Perumda Air Minum Tirta Aji
-- Kabupaten Wonosobo (PDAM Jawa Tengah) untuk penurunan golongan pelanggan:
-- selesai 20 menit setelah pembayaran (sippn.menpan.go.id/pelayanan-publik/
-- 8182148); dipakai untuk waktu loket perubahan golongan. Kompilasi standar
-- MPP Jawa Tengah (Kab. Semarang, Batang, Pati), Perda Kab. Semarang 5/2006 dan
-- Perwali Tegal 37/2008 hanya terbaca bagian pembukaannya.
--
-- Dicari lagi 2026-12: persyaratan dan produk penutupan sementara dan berhenti berlangganan kini
-- bersumber ketentuan penutupan sambungan atas permintaan pelanggan Perumdam Tirta Satria Banyumas
-- (perumdamts.com/penutupan-sambungan, PDAM Jawa Tengah): diajukan pelanggan, disetujui bila tanpa tunggakan.
--
-- Dicari lagi 2026-12: biaya dan jangka waktu sambungan baru Tirta Perwira (berita,
-- Perbup tarif, SIPPN PDAM Jawa Tengah) dan persyaratan layanan kepelangganan lain -
-- tidak ada sumber baru yang memenuhi syarat; lihat teks "tried" per layanan.
--
-- Dicari lagi 2026-12 (Perbup Kudus 7/2006, Perdir Tirta Satria 3/2016, berita biaya pasang baru PDAM Jawa
-- Tengah): jangka waktu dan biaya sambungan baru Tirta Perwira tetap belum terkonfirmasi.
--
-- Belum terkonfirmasi: jangka waktu dan biaya sambungan baru (tidak ada PDAM
-- Jawa Tengah yang terbaca memuat batas hari; biaya tiap PDAM berbeda);
-- Peraturan Direksi/Peraturan Bupati Purbalingga yang menetapkan biaya layanan PDAM tidak ditemukan dalam sumber terbuka, maka
-- biaya selain rekening air ditandai `unconfirmed` (biaya 0 di sini berarti
-- "dipungut menurut peraturan direksi, besarnya belum terkonfirmasi" dan
-- dijelaskan di `fee_note`); waktu layanan di loket semua layanan kecuali
-- perubahan golongan; nomor
-- kanal pengaduan PDAM Purbalingga (hanya SP4N-LAPOR! dan loket yang pasti;
-- sejak 2026-12 bersumber UU 25/2009 Pasal 36 dan Perpres 76/2013). Dicari lagi
-- 2026-12: fakta yang hanya bersumber berita, blog atau PDAM di luar Jawa Tengah
-- (pembayaran rekening, koreksi tagihan, balik nama, ganti meter, penutupan,
-- penyambungan kembali, berhenti berlangganan, air tangki) kini ditandai
-- `unconfirmed`; catatan biaya dan produk sambungan baru mengikuti daftar PDAM
-- Kota Semarang dan POS Permen PUPR 26/PRT/M/2014.

local BASIS = "UU 17/2019 tentang Sumber Daya Air; PP 122/2015 tentang Sistem " ..
  "Penyediaan Air Minum; PP 54/2017 tentang Badan Usaha Milik Daerah; Perda " ..
  "Kabupaten Purbalingga tentang Perumda Air Minum Tirta Perwira"
local TARIFF = "Permendagri 71/2016 jo. Permendagri 21/2020 tentang Perhitungan " ..
  "dan Penetapan Tarif Air Minum; Peraturan Bupati Purbalingga tentang tarif air minum"
local COMPLAINT = "Loket pengaduan Perumda Air Minum Tirta Perwira di MPP dan di " ..
  "kantor pusat/cabang; SP4N-LAPOR! (www.lapor.go.id, SMS 1708)"
local BY_DIRECTORS = "Dikenai biaya administrasi menurut Peraturan Direksi Perumda " ..
  "Air Minum Tirta Perwira; besarnya belum terkonfirmasi dari sumber terbuka, " ..
  "petugas menyebutkan nominalnya sebelum pembayaran"
local TSB = "http://perumdatsb.co.id/standar-pelayanan-sambungan-rumah-baru (Perumda Air Minum " ..
  "Tirta Sanjung Buana, tidak terbukti PDAM Jawa Tengah, hanya pembanding)"
local PP122 = "PP 122/2015 tentang SPAM (ketentuan hak dan kewajiban pelanggan)"
local CUSTOMER_ID = "Nomor sambungan/ID pelanggan (tertera pada rekening air)"

-- What was looked up for each fact the services below leave unconfirmed
-- (`mppctl facts pdam` lists them per service).
local CJ_TRIED = "Dicari 2026-12: standar pelayanan Perumdam Tirta Perwira dan PDAM Jawa Tengah " ..
  "lain (Tirta Satria Banyumas Perdir 3/2016, Tirta Bumi Sentosa Kebumen, Tirta Wijaya Cilacap, " ..
  "Tirta Aji Wonosobo, Perbup Batang 24/2021, Perbup Kudus 7/2006) - isi per layanan tidak terbaca."
-- PDAM Kota Semarang (Perumda Air Minum Tirta Moedal), PDAM Jawa Tengah: daftar
-- persyaratan dan biaya pemasangan baru yang disalin semarangkota.com dari
-- pdamkotasmg.co.id (tahun tidak tercantum; PPN 10% berarti sebelum April 2022).
local SMG = "https://semarangkota.com/02/prosedur-pemasangan-baru-pdam/ (Prosedur Pemasangan Baru PDAM " ..
  "Kota Semarang, disalin dari www.pdamkotasmg.co.id, tahun tidak tercantum, tarif dengan PPN 10% " ..
  "sehingga sebelum April 2022)"
-- Dicari lagi 2026-12 untuk sambungan baru: yang dicari dan mengapa belum mengonfirmasi.
local SB_TRIED2 = " Dicari lagi 2026-12: berita Perumdam Tirta Perwira, SIPPN dan MPP Jawa Tengah (hanya SIPPN " ..
  "Kota Malang, Jawa Timur: 2/5 hari kerja), PDAM Kota Semarang (semarangkota.com: persyaratan dan " ..
  "biaya, tanpa waktu), MPP Blora (beritajateng.id 2025: biaya, tanpa waktu), Tirta Moedal, Tirta " ..
  "Merapi Klaten, Permen PUPR 26/2014 Lampiran IV (alur tanpa batas hari yang terbaca): tidak ada " ..
  "jangka waktu atau menit loket PDAM Jawa Tengah."
-- Dicari lagi 2026-12 (khusus waktu loket dan jangka waktu): yang dicari dan hasilnya.
local TRIED_AGAIN = " Dicari lagi 2026-12: kompilasi standar pelayanan MPP Jawa Tengah yang memuat gerai PDAM " ..
  "(MPP Kab. Semarang simaspulkam.semarangkab.go.id: hanya Dinkes yang terbaca; Perbup Pati 63/2012, " ..
  "Perbup Batang 24/2021, Perda Kab. Semarang 5/2006 tentang pelayanan PDAM dan Perwali Tegal 37/2008 " ..
  "tentang tarif dan pelayanan PDAM Kota Tegal: hanya pembukaan terbaca) dan SIPPN (hanya Perumda Air " ..
  "Minum Tirta Aji Wonosobo, penurunan golongan) - tidak memuat layanan ini."
-- Perumdam Tirta Satria Kabupaten Banyumas (PDAM Jawa Tengah): ketentuan penutupan sambungan atas
-- permintaan pelanggan di laman resminya (tahun tidak tercantum).
local TS_TUTUP = "http://perumdamts.com/penutupan-sambungan/ (Perumdam Tirta Satria Kabupaten Banyumas, " ..
  "PDAM Jawa Tengah, ketentuan penutupan sambungan atas permintaan pelanggan, tahun tidak tercantum)"
local WSB = "https://sippn.menpan.go.id/pelayanan-publik/8182148/pemerintah-kab-wonosobo/penurunan-golongan-pelanggan " ..
  "(standar pelayanan Perumda Air Minum Tirta Aji Kabupaten Wonosobo, PDAM Jawa Tengah, di SIPPN, tahun " ..
  "tidak tercantum pada kutipan)"
-- Dicari lagi 2026-12 (sambungan baru, biaya dan jangka waktu): yang dicari dan hasilnya.
local SB_TRIED3 = " Dicari lagi 2026-12: berita biaya pasang baru Perumdam Tirta Perwira (yang terbaca " ..
  "hanya banyumasnews.com sekitar 2010: biaya pasang Rp3 juta per rumah untuk Dusun Tepus, pernyataan " ..
  "direktur, bukan standar terbit dan sudah lama), Peraturan Bupati Purbalingga tentang tarif air minum " ..
  "(tidak ditemukan; yang muncul Perwali Tegal 37/2008, Perbup Batang 24/2021 dan Perda Purwakarta, " ..
  "hanya pembukaan), SIPPN Perumda Air Minum Jawa Tengah untuk sambungan baru (hanya Tirta Aji " ..
  "Wonosobo penurunan golongan dan Kota Malang, Jawa Timur), berita PDAM Wonosobo 2014 (pendaftaran " ..
  "umum sambungan baru Rp2 juta, biaya PDAM lain) - belum ada biaya atau jangka waktu Tirta Perwira."
-- Dicari lagi 2026-12 (sambungan baru): yang dicari dan hasilnya.
local SB_TRIED4 = " Dicari lagi 2026-12: laman Perumdam Tirta Satria Banyumas (perumdamts.com: hanya ketentuan " ..
  "pelanggan dan penutupan sambungan), SIPPN Perumda Air Minum Jawa Tengah (hanya Tirta Aji Wonosobo) dan berita " ..
  "Tirta Perwira: tidak ada jangka waktu, biaya atau menit sambungan baru PDAM Jawa Tengah."
local SB_TRIED5 = " Dicari lagi 2026-12: Perbup Kudus 7/2006 tentang SPM PDAM Kudus (adoc.pub) dan Perdir " ..
  "PDAM Tirta Satria 3/2016 tetap hanya terbaca pembukaannya; yang memuat angka hanya berita biaya pasang baru PDAM " ..
  "Jawa Tengah lain (Tirta Satria Banyumas 2019-2020, PDAM Kudus 2019-2020, Tirta Perwitasari Purworejo 2023), bukan " ..
  "standar Tirta Perwira; biaya dan waktu pasang baru Tirta Perwira tetap tidak ditemukan."
local TRIED = {
  requirements = "Persyaratan hanya dari PDAM lain (diperiksa 2026-11). " .. CJ_TRIED ..
    " Dicari lagi 2026-12 (khusus persyaratan): standar pelayanan Perumda Air Minum dengan kata kunci " ..
    "balik nama, penutupan sementara dan pemutusan atas permintaan - hanya Perda Indramayu 8/2019 " ..
    "(Jawa Barat), Keputusan Direktur Perumda Tirta Binangun Kulon Progo 49/2021 (DIY: penutupan " ..
    "sementara atas permintaan bila tanpa tunggakan, paling lama 3 bulan) dan model POS Permen PUPR " ..
    "26/2014 Lampiran IV (tanpa daftar dokumen); tidak ada standar PDAM Jawa Tengah, jadi tidak dipakai. " ..
    "Dicari lagi 2026-12 (judul layanan dan nama PDAM Jawa Tengah): standar balik nama dan air tangki " ..
    "yang terbaca hanya milik Perumda Air Minum Tirta Sanjung Buana (perumdatsb.co.id; daerahnya tidak " ..
    "terbukti di Jawa Tengah) dan berita PDAM Kutai Timur (pindah meter); Perdir PDAM Tirta Satria " ..
    "Banyumas 3/2016 (adoc.pub), Perbup Batang 24/2021 (123dok) dan Perda Kab. Semarang 5/2006 " ..
    "(pdfslide) lagi-lagi hanya terbaca bagian pembukaan dan Pasal 1.",
  procedure = "Alur hanya dari PDAM lain (diperiksa 2026-11). " .. CJ_TRIED,
  minutes = "Standar PDAM yang ditemukan (Tirta Sanjung Buana, tidak terbukti di Jawa Tengah) memberi jangka " ..
    "waktu pemasangan, bukan waktu loket; standar Perumda Air Minum Purbalingga tidak ditemukan " ..
    "(diperiksa 2026-11). " .. CJ_TRIED .. TRIED_AGAIN,
  completion = "Standar pelayanan PDAM Purbalingga tidak ditemukan (diperiksa 2026-11). " .. CJ_TRIED .. TRIED_AGAIN,
  fee = "Peraturan Direksi/Perbup yang menetapkan biaya layanan PDAM Purbalingga tidak " ..
    "ditemukan (diperiksa 2026-11). " .. CJ_TRIED,
}

-- Kanal pengaduan: kewajiban penyelenggara pelayanan publik (termasuk BUMD) menyediakan sarana
-- pengaduan dan SP4N-LAPOR!.
local COMPLAINT_SRC = "UU 25/2009 Pasal 36 (penyelenggara pelayanan publik wajib menyediakan sarana pengaduan); " ..
  "Perpres 76/2013 (SP4N-LAPOR!)"
-- Fakta yang hanya bersumber berita, blog atau PDAM di luar Jawa Tengah (dicari lagi 2026-12).
local function only_from(what)
  return "Hanya bersumber " .. what .. ", bukan standar pelayanan Perumdam Tirta Perwira atau PDAM lain " ..
    "di Jawa Tengah, maka belum mengonfirmasi. " .. CJ_TRIED .. " Dicari lagi 2026-12 tanpa sumber yang memenuhi syarat."
end
local NEWS_PURWOREJO = only_from("berita koranbernas.id tentang PDAM Purworejo")
local NEWS_TAGIHAN = only_from("berita krjogja.com (PUDAM Tirta Lawu) dan radartegal.disway.id (Perumda Tirta Baribis)")
local BLOG_PIKIRZ = only_from("panduan umum blog pikirz.com")
local NEWS_KRJOGJA = only_from("berita krjogja.com tentang PUDAM Tirta Lawu")
local NEWS_SUARABANYUMAS = only_from("berita suarabanyumas.com tentang PDAM Tirta Satria")
local SURABAYA_ONLY = only_from("perjanjian kepelangganan Kota Surabaya (123dok, Jawa Timur)")
local NEWS_TANGKI = only_from("berita radarbanyumas.disway.id dan beritamerdeka.co.id")

local agency = mpp.agency {
  id = "pdam",
  name = "Perusahaan Umum Daerah Air Minum Tirta Perwira Kabupaten Purbalingga",
  short = "PDAM Tirta Perwira",
  kind = "BUMD",
  prefix = "P",
  counters = { 27 },
}

agency:service {
  id = "sambungan-baru",
  name = "Pendaftaran Sambungan Rumah Baru",
  -- Persyaratan diganti 2026-12 mengikuti daftar PDAM Kota Semarang (PDAM Jawa Tengah);
  -- sebelumnya KK dan meterai dari standar Tirta Sanjung Buana (bukan Jawa Tengah) serta
  -- panduan umum pikirz.com.
  requirements = {
    "Lokasi rumah terjangkau jaringan pipa distribusi PDAM",
    "Surat permohonan pemasangan sambungan baru (mengisi surat permohonan menjadi pelanggan)",
    "Fotokopi KTP pemohon",
    "Fotokopi SPPT PBB",
    "Bukti rekening listrik",
    "Gambar denah lokasi",
    "Surat keterangan dari desa/kelurahan bagi calon pelanggan yang mempunyai usaha",
  },
  procedure = {
    "Ambil nomor antrean, serahkan berkas dan isi surat permohonan menjadi pelanggan; bayar biaya pendaftaran",
    "Petugas meninjau lokasi untuk memastikan rumah terjangkau jaringan pipa distribusi",
    "Setelah permohonan disetujui, pemohon membayar biaya sambungan baru menurut golongan tarif",
    "Petugas teknik memasang sambungan rumah dan meter air",
  },
  minutes = 15,
  completion = { days = 5, note = "pemasangan sesudah biaya sambungan dibayar" },
  fee = 50000,
  -- Catatan biaya dan produk diubah 2026-12 mengikuti daftar PDAM Kota Semarang dan POS Permen PUPR
  -- 26/PRT/M/2014 (sebelumnya standar Tirta Sanjung Buana dan blog pikirz.com).
  fee_note = "Biaya pendaftaran, lalu biaya sambungan baru menurut golongan tarif pelanggan setelah " ..
    "permohonan disetujui; besarnya menurut ketentuan Perumdam Tirta Perwira",
  product = "Sambungan rumah dan meter air terpasang; pemohon terdaftar sebagai pelanggan",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS .. "; " .. TARIFF,
  priority = true,
  source = {
    TSB .. "; https://suarabanyumas.com/pdam-tirta-satria-targetkan-5-ribu-pelanggan-baru/; https://pikirz.com/panduan-lengkap-pemasangan-baru-pdam-syarat-biaya-dan-cara-mengurus",
    requirements = SMG,
    procedure = SMG .. "; Permen PUPR 26/PRT/M/2014 Lampiran IV angka 1 (POS Pemasangan Sambungan Baru: "
      .. "menerima permohonan, peninjauan lokasi calon pelanggan, persetujuan, pemasangan sambungan baru "
      .. "dan meter air)",
    fee_note = SMG .. ": biaya pendaftaran dan biaya sambungan baru standar per golongan tarif",
    product = "Permen PUPR 26/PRT/M/2014 Lampiran IV angka 1 (pemasangan sambungan baru dan meter air); " ..
      SMG .. ": surat permohonan menjadi langganan",
    complaint_channel = COMPLAINT_SRC,
  },
  unconfirmed = {
    minutes = TRIED.minutes .. SB_TRIED2 .. SB_TRIED4,
    completion = "5 hari kerja hanya pada standar Perumda Air Minum Tirta Sanjung Buana " ..
      "(perumdatsb.co.id; sebelumnya keliru ditulis Tirta Sukapura Bumi; tidak terbukti PDAM Jawa Tengah). " ..
      CJ_TRIED .. SB_TRIED2 .. TRIED_AGAIN .. " Pembanding di luar Jawa Tengah yang muncul lagi (Tirta Senentang " ..
      "Sintang: 3+3 hari kerja; SIPPN Kota Malang) tidak boleh dipakai untuk BUMD Jawa Tengah." .. SB_TRIED3 .. SB_TRIED4 .. SB_TRIED5,
    fee = "Rp50.000 adalah biaya pendaftaran Perumda Tirta Satria Banyumas menurut Direktur Tekniknya di " ..
      "suarabanyumas.com (2020), bukan standar terbit Tirta Perwira. " .. CJ_TRIED .. " Dicari lagi 2026-12: " ..
      "PDAM Kota Semarang (semarangkota.com, menyalin pdamkotasmg.co.id) memungut biaya pendaftaran " ..
      "Rp10.000 + PPN = Rp11.000 - biaya tiap PDAM ditetapkan sendiri, jadi tidak dipakai untuk Purbalingga. " ..
      "Dicari lagi 2026-12: Perwali Tegal 37/2008 (tarif dan pelayanan PDAM Kota Tegal, hanya pembukaan " ..
      "terbaca), PUDAM Tirta Bahari Kota Tegal (portalbrebes.pikiran-rakyat.com 2022: sambungan rumah " ..
      "Rp2.000.000) dan Tirta Aji Wonosobo (SIPPN: hanya biaya penurunan golongan) - semuanya biaya PDAM " ..
      "lain yang ditetapkan direksi/kepala daerahnya sendiri, bukan biaya Tirta Perwira; perlu Peraturan " ..
      "Direksi/Perbup Purbalingga tentang biaya sambungan baru." .. SB_TRIED3 .. SB_TRIED4 .. SB_TRIED5,
  },
}

agency:service {
  id = "pembayaran-rekening",
  name = "Pembayaran Rekening Air",
  requirements = {
    CUSTOMER_ID,
  },
  procedure = {
    "Ambil nomor antrean dan sebutkan nomor sambungan",
    "Petugas menampilkan tagihan berjalan dan tunggakan",
    "Bayar tagihan; terima bukti pembayaran",
  },
  minutes = 5,
  completion = { at_counter = true },
  fee = 0,
  fee_note = "Sesuai tagihan pemakaian air (tarif progresif per kelompok pelanggan " ..
    "menurut Peraturan Bupati) ditambah biaya beban; keterlambatan dikenai denda",
  product = "Bukti pembayaran rekening air",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS .. "; " .. TARIFF,
  priority = true,
  source = {
    "https://id.scribd.com/document/691768937/Permendagri-21-2020-Tarif; https://koranbernas.id/ribuan-warga-di-5-kecamatan-sudah-menikmati-air-bersih-pdam-purworejo (praktik pembayaran di loket PDAM Jawa Tengah)",
    complaint_channel = COMPLAINT_SRC,
  },
  unconfirmed = {
    minutes = TRIED.minutes,
    completion = TRIED.completion,
    requirements = NEWS_PURWOREJO,
    procedure = NEWS_PURWOREJO,
    product = NEWS_PURWOREJO,
  },
}

agency:service {
  id = "pengaduan-gangguan",
  name = "Pengaduan Gangguan Aliran, Kualitas Air dan Kebocoran Pipa",
  requirements = {
    CUSTOMER_ID .. " atau alamat lokasi gangguan",
    "Uraian gangguan (air tidak mengalir, keruh/berbau, pipa bocor) dan foto bila ada",
  },
  procedure = {
    "Ambil nomor antrean dan sampaikan gangguan kepada petugas",
    "Petugas mencatat pengaduan dan memberi nomor pengaduan",
    "Tim teknik memeriksa dan memperbaiki; jika aliran terhenti lama disediakan air tangki",
    "Pelapor diberi kabar penyelesaian",
  },
  minutes = 10,
  completion = { days = 1 },
  fee = 0,
  fee_note = "Gratis untuk pengaduan dan perbaikan jaringan milik PDAM sampai meter air",
  product = "Nomor pengaduan dan tindak lanjut perbaikan",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS .. "; " .. PP122 .. "; Perpres 76/2013 tentang Pengelolaan " ..
    "Pengaduan Pelayanan Publik",
  priority = true,
  source = {
    "https://radarbanyumas.disway.id/read/73120/jelang-kenaikan-tarif-perumdam-terus-berbenah; " .. PP122,
    complaint_channel = COMPLAINT_SRC,
  },
  unconfirmed = {
    procedure = TRIED.procedure,
    minutes = TRIED.minutes,
    completion = TRIED.completion,
  },
}

agency:service {
  id = "pengaduan-tagihan",
  name = "Pengaduan Tagihan Rekening Air (Koreksi Rekening)",
  requirements = {
    CUSTOMER_ID,
    "Rekening air bulan yang dipersoalkan",
    "Foto angka meter air terbaru",
  },
  procedure = {
    "Ambil nomor antrean dan sampaikan keberatan atas tagihan",
    "Petugas memeriksa riwayat pemakaian dan catatan baca meter",
    "Bila perlu petugas memeriksa meter dan kebocoran pipa persil di rumah pelanggan",
    "Rekening dikoreksi jika terbukti salah catat; jika ada kebocoran di persil pelanggan diberi penjelasan",
  },
  minutes = 15,
  completion = { days = 3 },
  fee = 0,
  fee_note = "Gratis",
  product = "Koreksi rekening atau penjelasan tertulis hasil pemeriksaan",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS .. "; " .. PP122,
  priority = true,
  source = {
    "https://www.krjogja.com/solo/1246399136/pelanggan-komplain-tagihan-air-membengkak-pudam-tirta-lawu-tak-ada-kenaikan-tarif; https://radartegal.disway.id/amp/667169/tagihan-air-membengkak-pelanggan-perumda-tirta-baribis-brebes-mengeluh-dirut-bilang-begini",
    complaint_channel = COMPLAINT_SRC,
  },
  unconfirmed = {
    procedure = TRIED.procedure,
    minutes = TRIED.minutes,
    completion = TRIED.completion,
    requirements = NEWS_TAGIHAN,
    fee = NEWS_TAGIHAN,
    fee_note = NEWS_TAGIHAN,
    product = NEWS_TAGIHAN,
  },
}

agency:service {
  id = "balik-nama",
  name = "Balik Nama Pelanggan",
  requirements = {
    CUSTOMER_ID,
    "Fotokopi KTP pemilik baru",
    "Bukti peralihan hak atas rumah (akta jual beli, hibah atau surat keterangan waris) atau surat persetujuan pemilik lama",
    "Rekening air terakhir sudah lunas",
  },
  procedure = {
    "Ambil nomor antrean, isi formulir balik nama dan serahkan berkas",
    "Petugas memeriksa tunggakan dan keabsahan dokumen",
    "Bayar biaya administrasi; data pelanggan diubah dan perjanjian langganan baru ditandatangani",
  },
  minutes = 15,
  completion = { days = 1 },
  fee = 0,
  fee_note = BY_DIRECTORS,
  product = "Data pelanggan atas nama pemilik baru",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS,
  priority = true,
  source = {
    "https://pikirz.com/panduan-lengkap-pemasangan-baru-pdam-syarat-biaya-dan-cara-mengurus (dokumen kepemilikan pada kepelangganan PDAM)",
    complaint_channel = COMPLAINT_SRC,
  },
  unconfirmed = {
    requirements = TRIED.requirements,
    minutes = TRIED.minutes,
    completion = TRIED.completion,
    fee = TRIED.fee,
    procedure = BLOG_PIKIRZ,
    fee_note = BLOG_PIKIRZ,
    product = BLOG_PIKIRZ,
  },
}

agency:service {
  id = "perubahan-data",
  name = "Perubahan Data Pelanggan (Alamat Surat, Nomor Telepon)",
  requirements = {
    CUSTOMER_ID,
    "KTP pelanggan atau surat kuasa",
  },
  procedure = {
    "Ambil nomor antrean dan sampaikan data yang berubah",
    "Petugas memperbarui data pada sistem pelanggan",
  },
  minutes = 5,
  completion = { at_counter = true },
  fee = 0,
  fee_note = "Gratis",
  product = "Data pelanggan diperbarui",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS .. "; UU 27/2022 tentang Pelindungan Data Pribadi (hak memperbarui data)",
  priority = true,
  source = {
    "UU 27/2022 Pasal 6 (hak subjek data memperbarui data pribadi)",
    complaint_channel = COMPLAINT_SRC,
  },
  unconfirmed = { minutes = TRIED.minutes, completion = TRIED.completion, fee = TRIED.fee },
}

agency:service {
  id = "perubahan-golongan",
  name = "Perubahan Kelompok/Golongan Tarif",
  requirements = {
    CUSTOMER_ID,
    "Fotokopi KTP pelanggan",
    "Keterangan perubahan peruntukan (misalnya rumah tangga menjadi niaga) atau surat keterangan desa/kelurahan",
  },
  procedure = {
    "Ambil nomor antrean dan ajukan permohonan perubahan golongan",
    "Petugas melakukan survei peruntukan bangunan",
    "Golongan tarif diubah mulai periode rekening berikutnya",
  },
  -- Waktu loket diubah 2026-12 dari 10 menjadi 20 menit: standar Perumda Air Minum Tirta Aji
  -- Wonosobo (PDAM Jawa Tengah) untuk penurunan golongan, selesai 20 menit setelah pembayaran.
  minutes = 20,
  completion = { days = 3 },
  fee = 0,
  fee_note = BY_DIRECTORS,
  product = "Golongan tarif pelanggan sesuai peruntukan",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS .. "; " .. TARIFF .. " (Pasal 9: kelompok pelanggan)",
  priority = true,
  source = {
    "https://de.slideshare.net/MahendroBawonoYudho/permendagri-21-tahun-2020-slidepptx (Pasal 9 kelompok pelanggan); https://beritamerdeka.co.id/on/perumda-air-minum-tirta-bahari-gelar-forum-konsultasi-publik-begini-tujuannya",
    minutes = WSB .. ": penurunan golongan pelanggan selesai 20 menit setelah pembayaran",
    complaint_channel = COMPLAINT_SRC,
  },
  unconfirmed = {
    procedure = TRIED.procedure,
    completion = TRIED.completion .. " Tirta Aji Wonosobo (SIPPN) menyelesaikan penurunan golongan 20 " ..
      "menit setelah pembayaran, tetapi kenaikan golongan karena perubahan peruntukan memerlukan survei; " ..
      "3 hari kerja di sini belum bersumber dan perlu dicocokkan dengan Tirta Perwira.",
    fee = TRIED.fee .. " Tirta Aji Wonosobo memungut Rp100.000-Rp300.000 ditambah PPN untuk penurunan " ..
      "golongan (SIPPN) - biaya PDAM lain, tidak dipakai.",
  },
}

agency:service {
  id = "pindah-meter",
  name = "Pemindahan Letak Meter Air",
  requirements = {
    CUSTOMER_ID,
    "Fotokopi KTP pelanggan",
    "Denah letak meter yang diinginkan",
  },
  procedure = {
    "Ambil nomor antrean dan ajukan permohonan pemindahan meter",
    "Petugas teknik menyurvei dan menghitung kebutuhan pipa",
    "Bayar biaya sesuai hasil survei; meter dipindahkan",
  },
  minutes = 10,
  completion = { days = 5 },
  fee = 0,
  fee_note = BY_DIRECTORS .. "; material pipa menurut hasil survei",
  product = "Meter air di letak baru",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS,
  priority = true,
  source = {
    "https://adoc.pub/peraturan-direksi-perusahaan-daerah-air-minum-tirta-satria-k.html (Peraturan Direksi PDAM Tirta Satria 3/2016 tentang pedoman teknis pelayanan, sebagai padanan)",
    complaint_channel = COMPLAINT_SRC,
  },
  unconfirmed = {
    requirements = TRIED.requirements,
    procedure = TRIED.procedure,
    minutes = TRIED.minutes,
    completion = TRIED.completion,
    fee = TRIED.fee,
  },
}

agency:service {
  id = "ganti-meter",
  name = "Penggantian Meter Air Rusak atau Buram",
  requirements = {
    CUSTOMER_ID,
    "Keterangan kerusakan meter (macet, buram, pecah)",
  },
  procedure = {
    "Ambil nomor antrean dan laporkan kondisi meter",
    "Petugas memeriksa meter di lokasi",
    "Meter diganti; angka awal meter baru dicatat pada data pelanggan",
  },
  minutes = 10,
  completion = { days = 3 },
  fee = 0,
  fee_note = "Penggantian karena umur teknis atau kerusakan bukan kesalahan pelanggan " ..
    "menjadi beban PDAM; kerusakan karena kelalaian pelanggan dikenai biaya menurut " ..
    "Peraturan Direksi (besarnya belum terkonfirmasi)",
  product = "Meter air baru terpasang",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS .. "; UU 2/1981 tentang Metrologi Legal (meter air wajib tera)",
  priority = true,
  source = {
    "https://www.krjogja.com/solo/1246399136/pelanggan-komplain-tagihan-air-membengkak-pudam-tirta-lawu-tak-ada-kenaikan-tarif (penggantian meter bermasalah oleh PDAM)",
    complaint_channel = COMPLAINT_SRC,
  },
  unconfirmed = {
    procedure = TRIED.procedure,
    minutes = TRIED.minutes,
    completion = TRIED.completion,
    fee = TRIED.fee,
    requirements = NEWS_KRJOGJA,
    fee_note = NEWS_KRJOGJA,
    product = NEWS_KRJOGJA,
  },
}

agency:service {
  id = "penutupan-sementara",
  name = "Penutupan Sambungan Sementara atas Permintaan Pelanggan",
  -- Persyaratan dan produk ditulis ulang 2026-12 menurut ketentuan Perumdam Tirta Satria Banyumas
  -- (PDAM Jawa Tengah); fotokopi KTP tidak disebut di sana, penghubung PDAM dapat menambahkannya
  -- bila Tirta Perwira memintanya.
  requirements = {
    "Permohonan penutupan sementara diajukan oleh pelanggan dengan alasan tertentu (misalnya rumah tidak dihuni)",
    "Tidak ada tunggakan rekening air maupun tunggakan lain sampai bulan berjalan",
  },
  procedure = {
    "Ambil nomor antrean dan isi formulir penutupan sementara (misalnya rumah tidak dihuni)",
    "Petugas menutup dan menyegel meter; angka meter dicatat",
    "Selama ditutup pelanggan dikenai biaya beban sesuai ketentuan",
  },
  minutes = 10,
  completion = { days = 1 },
  fee = 0,
  fee_note = BY_DIRECTORS,
  product = "Sambungan ditutup sementara atas permintaan pelanggan",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS,
  priority = true,
  source = {
    "https://suarabanyumas.com/pdam-tirta-satria-targetkan-5-ribu-pelanggan-baru/ (pelanggan berhenti sementara di PDAM tetangga)",
    requirements = TS_TUTUP,
    product = TS_TUTUP,
    complaint_channel = COMPLAINT_SRC,
  },
  unconfirmed = {
    procedure = TRIED.procedure,
    minutes = TRIED.minutes,
    completion = TRIED.completion,
    fee = TRIED.fee,
    fee_note = NEWS_SUARABANYUMAS,
  },
}

agency:service {
  id = "penyambungan-kembali",
  name = "Penyambungan Kembali (Buka Segel)",
  requirements = {
    CUSTOMER_ID,
    "Bukti pelunasan tunggakan rekening dan denda, jika ditutup karena tunggakan",
    "Fotokopi KTP pelanggan",
  },
  procedure = {
    "Ambil nomor antrean; lunasi tunggakan dan biaya penyambungan kembali",
    "Petugas menerbitkan perintah buka segel",
    "Petugas teknik membuka segel dan mengalirkan kembali air",
  },
  minutes = 10,
  completion = { days = 1 },
  fee = 0,
  fee_note = BY_DIRECTORS .. "; ditambah pelunasan tunggakan dan denda bila ada",
  product = "Sambungan aktif kembali",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS .. "; " .. PP122,
  priority = true,
  source = {
    "https://suarabanyumas.com/pdam-tirta-satria-targetkan-5-ribu-pelanggan-baru/ (penutupan karena tunggakan di PDAM tetangga)",
    complaint_channel = COMPLAINT_SRC,
  },
  unconfirmed = {
    procedure = TRIED.procedure,
    minutes = TRIED.minutes,
    completion = TRIED.completion,
    fee = TRIED.fee,
    requirements = NEWS_SUARABANYUMAS .. " Dicari lagi 2026-12: perumdamts.com (Tirta Satria Banyumas) hanya " ..
      "menyebut batas satu bulan untuk mengajukan buka kembali setelah penutupan karena tunggakan, tanpa daftar dokumen.",
    fee_note = NEWS_SUARABANYUMAS,
    product = NEWS_SUARABANYUMAS,
  },
}

agency:service {
  id = "angsuran-tunggakan",
  name = "Permohonan Angsuran Tunggakan Rekening Air",
  requirements = {
    CUSTOMER_ID,
    "Fotokopi KTP pelanggan",
    "Surat pernyataan kesanggupan mengangsur bermeterai",
  },
  procedure = {
    "Ambil nomor antrean dan ajukan permohonan angsuran",
    "Petugas menghitung tunggakan dan menawarkan jadwal angsuran",
    "Perjanjian angsuran ditandatangani; angsuran pertama dibayar",
  },
  minutes = 15,
  completion = { at_counter = true },
  fee = 0,
  fee_note = "Tanpa biaya permohonan; angsuran sebesar tunggakan yang dijadwalkan",
  product = "Perjanjian angsuran tunggakan",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS,
  priority = true,
  source = {
    "PP 122/2015 tentang Sistem Penyediaan Air Minum (hak dan kewajiban pelanggan)",
    complaint_channel = COMPLAINT_SRC,
  },
  unconfirmed = {
    requirements = TRIED.requirements,
    procedure = TRIED.procedure,
    minutes = TRIED.minutes,
    completion = TRIED.completion,
    fee = TRIED.fee,
  },
}

agency:service {
  id = "berhenti-berlangganan",
  name = "Pemutusan Sambungan atas Permintaan (Berhenti Berlangganan)",
  -- Persyaratan dan produk ditulis ulang 2026-12 menurut ketentuan penutupan tetap atas permintaan
  -- pelanggan Perumdam Tirta Satria Banyumas (PDAM Jawa Tengah); fotokopi KTP tidak disebut di sana.
  requirements = {
    "Permohonan penutupan tetap (berhenti berlangganan) diajukan oleh pelanggan",
    "Tidak ada tunggakan rekening air maupun tunggakan lain sampai bulan berjalan",
  },
  procedure = {
    "Ambil nomor antrean dan isi formulir pemutusan",
    "Petugas memeriksa pelunasan rekening",
    "Petugas teknik membongkar meter dan menutup pipa dinas; perjanjian langganan berakhir",
  },
  minutes = 10,
  completion = { days = 3 },
  fee = 0,
  fee_note = BY_DIRECTORS,
  product = "Sambungan ditutup tetap atas permintaan pelanggan; langganan berakhir",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS .. "; " .. PP122,
  priority = true,
  source = {
    "https://text-id.123dok.com/document/oz14kgpvz-kepelangganan-jaringan-dokumentasi-dan-informasi-hukum-pemerintah-kota-surabaya.html (perjanjian kepelangganan PDAM, padanan)",
    requirements = TS_TUTUP,
    product = TS_TUTUP,
    complaint_channel = COMPLAINT_SRC,
  },
  unconfirmed = {
    procedure = TRIED.procedure,
    minutes = TRIED.minutes,
    completion = TRIED.completion,
    fee = TRIED.fee,
    fee_note = SURABAYA_ONLY,
  },
}

agency:service {
  id = "air-tangki",
  name = "Pemesanan Air Bersih dengan Mobil Tangki",
  requirements = {
    "KTP pemesan",
    "Alamat tujuan pengiriman dan volume yang dipesan",
  },
  procedure = {
    "Ambil nomor antrean dan isi formulir pemesanan",
    "Bayar sesuai tarif kelompok khusus tangki",
    "Air dikirim sesuai jadwal",
  },
  minutes = 10,
  completion = { days = 1 },
  fee = 0,
  fee_note = "Tarif air tangki (kelompok khusus komersial/nonkomersial) menurut Peraturan " ..
    "Bupati; besarnya belum terkonfirmasi. Bantuan tangki saat gangguan aliran tidak dipungut biaya",
  product = "Pengiriman air bersih dengan mobil tangki",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS .. "; " .. TARIFF .. " (Pasal 10: kelompok khusus nonkomersial dan komersial)",
  priority = true,
  source = {
    "https://radarbanyumas.disway.id/read/73120/jelang-kenaikan-tarif-perumdam-terus-berbenah (Tirta Perwira menyalurkan air tangki); https://beritamerdeka.co.id/on/perumda-air-minum-tirta-bahari-gelar-forum-konsultasi-publik-begini-tujuannya (kelompok tangki air)",
    complaint_channel = COMPLAINT_SRC,
  },
  unconfirmed = {
    requirements = TRIED.requirements,
    procedure = TRIED.procedure,
    minutes = TRIED.minutes,
    completion = TRIED.completion,
    fee = TRIED.fee,
    fee_note = NEWS_TANGKI,
    product = NEWS_TANGKI,
  },
}

-- Kelompok prioritas didahulukan; setelah tiga panggilan prioritas berturut-
-- turut satu nomor reguler dipanggil.
agency:route { priority_first = true, regular_after_priority = 3 }
