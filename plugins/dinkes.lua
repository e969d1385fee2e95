-- Dinas Kesehatan Kabupaten Purbalingga: di MPP (loket 32) memberi
-- rekomendasi teknis izin praktik tenaga medis dan tenaga kesehatan,
-- verifikasi teknis perizinan fasilitas pelayanan kesehatan dan kefarmasian
-- yang diterbitkan melalui OSS/DPMPTSP (klinik, apotek, toko obat,
-- laboratorium klinik, optikal, rumah sakit kelas C/D, UMOT), layanan
-- keamanan pangan (penyuluhan keamanan pangan dan pemeriksaan sarana
-- SPP-IRT, Sertifikat Laik Higiene Sanitasi), pendaftaran penyehat
-- tradisional, serta konsultasi dan pengaduan pelayanan kesehatan.
--
-- Sumber (diperiksa 2026-11, ditambah 2026-12):
--   * UU 17/2023 tentang Kesehatan Pasal 263-264 (SIP diterbitkan pemerintah
--     kabupaten/kota; syarat STR dan tempat praktik; rekomendasi organisasi
--     profesi tidak lagi disyaratkan; SIP berlaku 5 tahun) dan PP 28/2024
--     (nasional.kompas.com 12-7-2023; SE Menkes HK.02.01/MENKES/1911/2023);
--   * alur rekomendasi teknis Dinkes pada aplikasi perizinan daerah
--     (dinkes.tegalkab.go.id/?page_id=2216);
--   * Permenkes 14/2021 (standar kegiatan usaha sektor kesehatan, klinik,
--     SKPP-IRT), persyaratan klinik (dinkes.bogorkab.go.id,
--     dinkes.sidoarjokab.go.id), SIA (pdfslide.net standar pelayanan SIA);
--   * PerBPOM 22/2018 tentang Pedoman Pemberian SPP-IRT;
--   * Permenkes 61/2016 (pelayanan kesehatan tradisional empiris, STPT);
--   * PP 47/2021 (perumahsakitan: izin RS kelas C dan D oleh kabupaten);
--   * Permenkes 006/2012 (IUMOT oleh kabupaten/kota); Permenkes 1/2016
--     (optikal);
--   * berita Dinkes Purbalingga Oktober 2025 (driversimple.net): SLHS
--     non-MBG diterbitkan DPMPTSP atas rekomendasi Dinkes setelah inspeksi
--     kesehatan lingkungan; SLHS dapur MBG langsung oleh Dinkes
--     (SE Menkes HK.02.02/C.I/4202/2025);
--   * kanal pengaduan Pemkab: tabloidelemen.com 13-3-2025 (Lapor Mas Bup
--     WhatsApp 0813-9900-4222, maturbup.purbalinggakab.go.id);
--   * isi pengaduan: UU 25/2009 Pasal 42 (ditambahkan 2026-12).
--   Pencarian 2026-12 (standar Dinkes Wonosobo 2022, Cilacap 2019, Salatiga
--   2021, Sragen) tidak menemukan waktu loket atau jangka waktu yang cocok.
--   * (2026-12) SIPPN Pemerintah Kab. Batang (Dinkes Jawa
--     Tengah): rekomendasi SLHS selesai 7 hari sejak permohonan diterima
--     melalui OSS, tanpa biaya - dipakai untuk jangka waktu SLHS. Yang lain
--     dicari tanpa hasil menit: MPP Kab. Semarang (simaspulkam.semarangkab.go.id:
--     SIP dokter +-12 hari), SIPPN Dinkes Kota Salatiga (perubahan data SIP
--     maksimal 6 hari kerja), SK Kadinkes Jepara 166/2022 dan Kudus
--     067.1/286/11.01/2021 serta laman layanan Dinkes Temanggung (hanya
--     pembukaan/bagian awal terbaca).
--   * (2026-12, persyaratan) verifikasi optikal: standar pelayanan Surat
--     Persetujuan Teknis Optik Dinkes Kab. Boyolali (Jawa Tengah; salinan
--     id.scribd.com/document/671948679); verifikasi toko obat: daftar dokumen
--     standar toko obat Permenkes 14/2021 sebagaimana dimuat standar data
--     teknis toko obat Dinkes Kab. Kediri TU/1759/418.25/12/2023.
--   * (2026-12, persyaratan) daftar dokumen standar kegiatan usaha Permenkes
--     14/2021 di OSS sebagaimana dimuat standar pelayanan daerah lain: SLHS
--     (Dinkes Kab. Kuningan, Jawa Barat; DPMPTSP Kota Makassar), laboratorium
--     klinik pratama (Dinkes Kab. Kediri, Jawa Timur) dan Sertifikat Standar
--     UMOT (Dinkes Kab. Karangasem, Bali). Daftar itu daftar nasional OSS,
--     bukan standar Dinkes Purbalingga; perlu dicocokkan penghubung Dinkes.
--
--   * (2026-12, persyaratan) verifikasi klinik: persyaratan umum standar usaha
--     klinik dalam Lampiran Permenkes 14/2021 (salinan scribd 599024230 dan
--     ringkasan scribd 571015528), menggantikan laman Dinkes Bogor/Sidoarjo.
--
-- Belum terkonfirmasi: waktu layanan di loket (minutes) semua layanan kecuali
-- verifikasi optikal (tidak ada standar Dinkes Jawa Tengah yang terbaca
-- memberi menit, dicari lagi 2026-12); jangka waktu semua layanan kecuali SLHS
-- dan optikal; persyaratan STPT, penyuluhan keamanan pangan dan verifikasi
-- rumah sakit (dicari lagi 2026-12 tanpa standar Dinkes Jawa Tengah atau pasal
-- peraturan pusat yang terbaca); alur verifikasi; biaya uji laboratorium
-- untuk SLHS.
-- Kolom-kolom itu ditandai `unconfirmed`.

local COMPLAINT = "SP4N-LAPOR! (www.lapor.go.id); Lapor Mas Bup (WhatsApp 0813-9900-4222); " ..
  "Matur Mas Bupati (maturbup.purbalinggakab.go.id); pengaduan langsung di loket Dinkes MPP"
local FREE = "Gratis: tidak dipungut biaya"
local UUKES = "UU 17/2023 tentang Kesehatan; PP 28/2024 tentang Peraturan Pelaksanaan UU 17/2023"
local PB = "PP 5/2021 tentang Penyelenggaraan Perizinan Berusaha Berbasis Risiko; " ..
  "Permenkes 14/2021 tentang Standar Kegiatan Usaha dan Produk pada Penyelenggaraan " ..
  "Perizinan Berusaha Berbasis Risiko Sektor Kesehatan"
local TEGAL = "https://dinkes.tegalkab.go.id/?page_id=2216"
local KOMPAS = "https://nasional.kompas.com/read/2023/07/12/11291191"

-- What was looked up for each fact the services below leave unconfirmed
-- (`mppctl facts dinkes` lists them per service).
local TRIED_JATENG = " Dicari lagi 2026-12: kompilasi MPP Jawa Tengah (MPP Kab. Semarang " ..
  "simaspulkam.semarangkab.go.id/dinas-kesehatan: SIP dokter +-12 hari, tanpa menit), SIPPN Dinkes Kota " ..
  "Salatiga (perubahan data SIP maksimal 6 hari kerja) dan Kab. Batang (rekomendasi SLHS 7 hari), SK " ..
  "Kadinkes Jepara 166/2022 (scribd 651447833) dan Kudus 067.1/286/11.01/2021 (scribd 701871012), laman " ..
  "layanan dinkes.temanggungkab.go.id (SPP-IRT, bagian jangka waktu tidak terbaca) - tidak ada waktu " ..
  "pelayanan di loket dalam menit untuk layanan ini."
local BATANG_SLHS = "https://sippn.menpan.go.id/pelayanan-publik/8264059/pemerintah-kab-batang/" ..
  "pelayanan-rekomendasi-sertifikat-laik-hygiene-sanitasi-slhs (standar pelayanan Dinas Kesehatan " ..
  "Kabupaten Batang, Jawa Tengah, di SIPPN, tahun tidak tercantum pada kutipan: rekomendasi SLHS 7 hari " ..
  "sejak permohonan diterima melalui OSS, tidak dipungut biaya)"
local TRIED = {
  requirements = "Aplikasi perizinan dan persyaratan rinci Dinkes Purbalingga tidak ditemukan (diperiksa " ..
    "2026-11). Dicari 2026-12: standar Dinkes Kab. Wonosobo 065/127/2022 (scribd; kutipan berhenti di " ..
    "konsiderans), standar SLHS hotel Dinkes Kab. Cilacap 2019 (pdfcoffee; untuk hotel, bukan layanan " ..
    "ini), Keputusan Wali Kota Salatiga 440/1975/403/2021 (izin praktik, bukan layanan ini). " ..
    "Dicari lagi (2026-12): SIPPN dan laman MPP/DPMPTSP Dinkes Jawa Tengah tidak " ..
    "ditemukan untuk layanan ini; standar STPT yang terbaca berasal dari luar Jawa Tengah (Dinkes " ..
    "Kab. Kediri TU/1766/418.25/12/2023, SIPPN Kab. Solok Selatan, DPMPTSP Kab. Landak) dan isinya " ..
    "sejalan dengan daftar di sini; persyaratan SLHS jasaboga dalam Permenkes 1096/2011 Pasal 9-10 " ..
    "(dikutip scribd) tidak dipakai karena perizinan SLHS kini melalui OSS (Permenkes 14/2021); teks " ..
    "Permenkes 61/2016 dan lampiran Permenkes 14/2021 (toko obat, laboratorium, optikal, rumah " ..
    "sakit, UMOT) tidak terbaca. Dicari lagi 2026-12 (persyaratan): SIPPN Dinkes Kab. Batang (rekomendasi " ..
    "SLHS) hanya terbaca jangka waktu, biaya dan pengaduan, tanpa persyaratan; standar STPT yang terbaca " ..
    "lagi hanya dari luar Jawa Tengah (SIPPN Solok Selatan, DPMPTSP Landak, formulir DPMPTSP Denpasar " ..
    "menurut Kepmenkes 1076/2003 yang sudah diganti), dan pasal persyaratan STPT Permenkes 61/2016 tetap " ..
    "tidak terbaca (pasal.id hanya memuat lampiran panti sehat); untuk sertifikat PKP hanya blog dan " ..
    "berita, bukan standar; standar laboratorium klinik pratama dan izin operasional rumah sakit yang " ..
    "terbaca berasal dari luar Jawa Tengah (Dinkes Kab. Kediri, SIPPN Serdang Bedagai); pencarian " ..
    "standar Dinkes Boyolali, Jepara dan Temanggung tidak menemukan halaman persyaratan layanan ini.",
  procedure = "Alur verifikasi Dinkes Purbalingga tidak ditemukan; dipakai Dinkes lain (diperiksa " ..
    "2026-11; dicari lagi 2026-12 di standar Dinkes Wonosobo 2022 dan berita Dinkes Purbalingga, " ..
    "yang hanya memuat alur SLHS).",
  minutes = "Standar Dinkes Purbalingga tidak ditemukan; alur Dinkes Tegal tidak memberi waktu " ..
    "(diperiksa 2026-11). Dicari 2026-12: standar Dinkes Wonosobo 065/127/2022 dan Dinkes Cilacap " ..
    "2019 (kutipan hanya memberi hari/minggu atau berhenti di konsiderans), Perbup Sragen (izin " ..
    "praktik 4 hari kerja, tanpa menit); tidak ada standar Dinkes Jawa Tengah yang memberi waktu loket." ..
    TRIED_JATENG,
  completion = "Standar Dinkes Purbalingga tidak ditemukan (diperiksa 2026-11). Dicari 2026-12: Dinkes " ..
    "Wonosobo 065/127/2022 (terpotong), Dinkes Cilacap 2019 (SLHS hotel 2-4 minggu, bukan layanan " ..
    "ini), berita Dinkes Purbalingga 10-2025 (SLHS dapur MBG dipercepat, tanpa jangka waktu); " ..
    "Permenkes 14/2021 tidak terbaca untuk jangka waktu verifikasi." .. TRIED_JATENG,
  fee_note = "Biaya uji laboratorium untuk SLHS tidak ditemukan (diperiksa 2026-11; berita Dinkes " ..
    "Purbalingga 10-2025 dan standar Dinkes Cilacap 2019 tidak menyebut tarif laboratorium, " ..
    "dicari 2026-12). Dicari lagi 2026-12: SIPPN Dinkes Kab. Batang hanya menyatakan rekomendasi SLHS " ..
    "tidak dipungut biaya, tanpa tarif uji laboratorium.",
}

-- Dicari lagi 2026-12: ditambahkan ke teks "tried".
TRIED.requirements = TRIED.requirements .. " Dicari lagi 2026-12: teks pasal persyaratan STPT " ..
  "Permenkes 61/2016 tetap tidak terbaca (pasal.id hanya lampiran; salinan PP 103/2014 dan materi " ..
  "Pasal 39 hanya menyerahkan persyaratan kepada Peraturan Menteri); untuk sertifikat PKP hanya blog " ..
  "dan berita (Tangerang Selatan, Bengkulu Selatan); untuk rumah sakit kelas C/D hanya standar " ..
  "DPMPTSP Jawa Tengah kelas B (scribd 674403125, pembukaan), MPP Pandeglang (Permenkes 3/2020 yang " ..
  "sudah diganti), SIPPN Serdang Bedagai dan surat Dirjen Yankes 2021 tentang dokumen OSS rumah sakit " ..
  "(scribd 545197424, daftar dokumen tidak terbaca) - belum ada daftar yang memenuhi syarat."
TRIED.minutes = TRIED.minutes .. " Dicari lagi 2026-12: SIPPN dan standar Dinkes dengan kata kunci " ..
  "rekomendasi SIP bidan, STPT, PKP dan SLHS: yang muncul di luar Jawa Tengah (Kolaka, Solok Selatan, " ..
  "Kediri, Karangasem, Kuningan) atau standar lama Dinkes Kab. Semarang (docplayer 32835249, Ijin Laik " ..
  "Sehat; kutipan berhenti sebelum jangka waktu) - tidak ada menit loket Dinkes Jawa Tengah."
TRIED.completion = TRIED.completion .. " Dicari lagi 2026-12: jangka waktu yang terbaca hanya dari " ..
  "luar Jawa Tengah (Dinkes Kab. Kediri: rekomendasi laboratorium pratama 3 hari kerja; Dinkes Kab. " ..
  "Karangasem: UMOT 7 hari kerja; DPMPTSP Kolaka: SIP bidan 12 hari), tidak dipakai untuk Dinkes."

-- Dicari lagi 2026-12 (persyaratan STPT, PKP, rumah sakit; waktu loket): ditambahkan ke teks "tried".
TRIED.requirements = TRIED.requirements .. " Dicari lagi 2026-12: STPT hanya standar Dinkes Kab. Kediri, " ..
  "SIPPN Solok Selatan dan DPMPTSP Landak (di luar Jawa Tengah); PKP hanya blog pribadi dan standar " ..
  "SPP-IRT daerah lain; standar usaha rumah sakit Permenkes 14/2021 yang terbaca (ringkasan scribd " ..
  "508694525) hanya memuat badan hukum, profil dan jumlah tempat tidur, bukan daftar dokumen."
TRIED.minutes = TRIED.minutes .. " Dicari lagi 2026-12: laman layanan Dinkes di MPP Kab. Semarang " ..
  "(simaspulkam, hanya hari) dan PPID Kota Semarang (laman Dinkes tidak ditemukan); standar pengaduan " ..
  "dengan menit yang muncul tidak menyebut daerahnya (SIPPN 8181992), tidak dipakai."

-- Kanal pengaduan Pemkab Purbalingga (Lapor Mas Bup, Matur Mas Bupati) menurut laman Pemkab sendiri.
local PEMKAB_COMPLAINT_SRC = "https://www.purbalinggakab.go.id/pemkab-purbalingga-apresiasi-opd-dan-kecamatan-terbaik-dalam-layanan-pengaduan-lapor-masbup-2025 " ..
  "(Pemkab Purbalingga: aduan Lapor MasBuP ditangani OPD); " ..
  "https://tabloidelemen.com/lapor-mas-bup-dan-matur-mas-bupati-2-layanan-aduan-masyarakat-purbalingga " ..
  "(Dinkominfo Purbalingga 13-3-2025: Lapor Mas Bup WhatsApp 081399004222, maturbup.purbalinggakab.go.id); " ..
  "Perpres 76/2013 (SP4N-LAPOR!)"
local NO_RETRIBUTION = "UU 1/2022 (retribusi perizinan tertentu hanya PBG, penggunaan tenaga kerja asing dan " ..
  "pengelolaan pertanahan, sehingga verifikasi perizinan ini tidak dipungut retribusi)"

local agency = mpp.agency {
  id = "dinkes",
  name = "Dinas Kesehatan Kabupaten Purbalingga",
  short = "Dinkes",
  kind = "OPD",
  prefix = "T",
  counters = { 32 },
}

-- Verifikasi teknis fasilitas yang izinnya terbit melalui OSS/DPMPTSP:
-- alurnya sama, persyaratan dan dasar hukumnya berbeda.
local function verifikasi(t)
  agency:service {
    id = t.id,
    name = t.name,
    requirements = t.requirements,
    procedure = {
      "Ambil nomor antrean; petugas memeriksa kelengkapan dokumen yang diunggah di OSS",
      "Tim Dinkes melakukan visitasi/penilaian kesesuaian standar di lokasi",
      "Hasil verifikasi disampaikan melalui OSS: memenuhi, perbaikan, atau tidak memenuhi",
      "Perizinan/sertifikat standar terbit melalui OSS setelah dinyatakan memenuhi",
    },
    minutes = t.minutes or 20,
    completion = t.completion,
    fee = 0,
    fee_note = FREE,
    product = t.product,
    complaint_channel = COMPLAINT,
    legal_basis = t.legal_basis,
    priority = true,
    source = t.source,
    unconfirmed = t.unconfirmed,
  }
end

------------------------------------------------------------------------------
-- Izin praktik tenaga medis dan tenaga kesehatan
------------------------------------------------------------------------------

agency:service {
  id = "rekomendasi-sip-tenaga-medis",
  name = "Rekomendasi Teknis Surat Izin Praktik Tenaga Medis (dokter, dokter gigi, spesialis)",
  requirements = {
    "KTP-el dan pas foto berwarna 4x6",
    "Ijazah dan STR yang berlaku (STR baru berlaku seumur hidup)",
    "Surat pernyataan memiliki tempat praktik atau surat keterangan dari pimpinan fasilitas pelayanan kesehatan",
    "Surat persetujuan atasan langsung bagi yang bekerja purna waktu di instansi/fasilitas pemerintah",
    "Bukti kecukupan Satuan Kredit Profesi (SKP) untuk perpanjangan SIP",
  },
  procedure = {
    "Ambil nomor antrean; permohonan SIP diajukan melalui aplikasi perizinan daerah",
    "DPMPTSP memverifikasi berkas lalu meneruskannya ke Dinkes",
    "Petugas Dinkes memeriksa kesesuaian STR, tempat praktik dan jumlah SIP yang dimiliki",
    "Rekomendasi teknis ditandatangani elektronik Kepala Dinkes dan dikirim ke DPMPTSP",
  },
  minutes = 15,
  completion = { days = 3 },
  fee = 0,
  fee_note = FREE,
  product = "Rekomendasi teknis Dinkes untuk penerbitan SIP oleh DPMPTSP",
  complaint_channel = COMPLAINT,
  legal_basis = UUKES .. " (UU 17/2023 Pasal 263-264)",
  priority = true,
  source = KOMPAS .. " ; " .. TEGAL,
  unconfirmed = { minutes = TRIED.minutes, completion = TRIED.completion },
}

agency:service {
  id = "rekomendasi-sip-tenaga-kesehatan",
  name = "Rekomendasi Teknis Surat Izin Praktik Tenaga Kesehatan (bidan, perawat, apoteker, TTK dan lainnya)",
  requirements = {
    "KTP-el dan pas foto berwarna 4x6",
    "Ijazah dan STR yang berlaku",
    "Surat pernyataan memiliki tempat praktik mandiri atau surat keterangan dari pimpinan fasilitas pelayanan kesehatan",
    "Denah lokasi dan koordinat tempat praktik mandiri (bidan, perawat)",
    "Surat persetujuan atasan langsung bagi ASN",
    "Bukti kecukupan SKP untuk perpanjangan SIP",
  },
  procedure = {
    "Ambil nomor antrean; permohonan SIP diajukan melalui aplikasi perizinan daerah",
    "DPMPTSP memverifikasi berkas lalu meneruskannya ke Dinkes",
    "Petugas Dinkes memeriksa STR dan tempat praktik, dan meninjau tempat praktik mandiri",
    "Rekomendasi teknis ditandatangani elektronik Kepala Dinkes dan dikirim ke DPMPTSP",
  },
  minutes = 15,
  completion = { days = 3 },
  fee = 0,
  fee_note = FREE,
  product = "Rekomendasi teknis Dinkes untuk penerbitan SIP oleh DPMPTSP",
  complaint_channel = COMPLAINT,
  legal_basis = UUKES .. " (UU 17/2023 Pasal 263-264)",
  priority = true,
  source = KOMPAS .. " ; " .. TEGAL ..
    " ; https://sippn.menpan.go.id/pelayanan-publik/7985907 (SIPB, DPMPTSP Grobogan)",
  unconfirmed = { minutes = TRIED.minutes, completion = TRIED.completion },
}

agency:service {
  id = "stpt",
  name = "Surat Terdaftar Penyehat Tradisional (STPT)",
  requirements = {
    "Formulir permohonan dan biodata penyehat tradisional",
    "Fotokopi KTP-el",
    "Surat keterangan lokasi tempat praktik dari kepala desa/lurah",
    "Rekomendasi dari asosiasi/perkumpulan penyehat tradisional",
    "Fotokopi sertifikat pelatihan/kursus (bila ada)",
    "Surat pengantar dari puskesmas setempat",
    "Pas foto 4x6 (2 lembar)",
  },
  procedure = {
    "Ambil nomor antrean dan serahkan berkas",
    "Petugas Dinkes memverifikasi berkas; puskesmas meninjau tempat praktik",
    "Kepala Dinkes menerbitkan STPT",
  },
  minutes = 15,
  completion = { days = 7 },
  fee = 0,
  fee_note = FREE,
  product = "Surat Terdaftar Penyehat Tradisional (STPT)",
  complaint_channel = COMPLAINT,
  legal_basis = UUKES .. "; PP 103/2014 tentang Pelayanan Kesehatan Tradisional; Permenkes " ..
    "61/2016 tentang Pelayanan Kesehatan Tradisional Empiris",
  priority = true,
  source = "Permenkes 61/2016; formulir permohonan STPT/SIPT (docplayer.info, Perda Kab. Malang 4/2015)",
  unconfirmed = {
    requirements = TRIED.requirements,
    minutes = TRIED.minutes,
    completion = TRIED.completion,
  },
}

------------------------------------------------------------------------------
-- Keamanan pangan dan kesehatan lingkungan
------------------------------------------------------------------------------

agency:service {
  id = "penyuluhan-keamanan-pangan",
  name = "Pendaftaran Penyuluhan Keamanan Pangan (Sertifikat PKP) bagi IRTP",
  requirements = {
    "KTP-el pemilik atau penanggung jawab industri rumah tangga pangan",
    "NIB usaha mikro/kecil",
    "Pas foto berwarna",
  },
  procedure = {
    "Ambil nomor antrean dan daftar sebagai peserta penyuluhan",
    "Peserta mengikuti penyuluhan keamanan pangan sesuai jadwal Dinkes",
    "Peserta yang lulus evaluasi menerima sertifikat PKP",
  },
  minutes = 10,
  completion = { at_counter = true, note = "sertifikat PKP terbit setelah mengikuti penyuluhan menurut jadwal" },
  fee = 0,
  fee_note = FREE,
  product = "Sertifikat Penyuluhan Keamanan Pangan (PKP)",
  complaint_channel = COMPLAINT,
  legal_basis = "UU 18/2012 tentang Pangan; PP 86/2019 tentang Keamanan Pangan; PerBPOM " ..
    "22/2018 tentang Pedoman Pemberian SPP-IRT",
  priority = true,
  source = "https://docslib.org/doc/10143430/pedoman-pemberian-sertifikat-produksi-pangan-industri-rumah-tangga (PerBPOM 22/2018)",
  unconfirmed = {
    requirements = TRIED.requirements,
    minutes = TRIED.minutes,
    completion = TRIED.completion,
  },
}

agency:service {
  id = "pemeriksaan-sarana-irt",
  name = "Pemeriksaan Sarana Produksi Pangan Industri Rumah Tangga (pemenuhan komitmen SPP-IRT)",
  requirements = {
    "NIB dan SPP-IRT/permohonan yang terbit melalui OSS",
    "Sertifikat PKP pemilik atau penanggung jawab",
    "Label produk dan daftar produk pangan",
    "Alamat sarana produksi",
  },
  procedure = {
    "Ambil nomor antrean dan daftarkan jadwal pemeriksaan",
    "Petugas Dinkes memeriksa sarana produksi dengan formulir pemeriksaan",
    "Sarana yang memenuhi dinyatakan sesuai; yang belum diberi waktu perbaikan",
  },
  minutes = 10,
  completion = { days = 14 },
  fee = 0,
  fee_note = FREE,
  product = "Berita acara pemeriksaan sarana produksi dan rekomendasi SPP-IRT",
  complaint_channel = COMPLAINT,
  legal_basis = "PP 86/2019 tentang Keamanan Pangan; PerBPOM 22/2018; " .. PB,
  priority = true,
  source = "https://id.scribd.com/document/595408351/Permenkes-14-2021-Sppirt (SKPP-IRT); PerBPOM 22/2018",
  unconfirmed = {
    procedure = TRIED.procedure,
    minutes = TRIED.minutes,
    completion = TRIED.completion,
  },
}

agency:service {
  id = "slhs",
  name = "Sertifikat Laik Higiene Sanitasi (SLHS) Tempat Pengelolaan Pangan",
  -- Persyaratan diganti 2026-12 dengan daftar dokumen standar PB-UMKU SLHS di OSS
  -- (Permenkes 14/2021), sebagaimana dimuat standar Dinkes Kab. Kuningan dan DPMPTSP
  -- Kota Makassar (keduanya di luar Jawa Tengah, memuat daftar nasional yang sama).
  requirements = {
    "Permohonan SLHS melalui OSS (NIB) dengan data administrasi: nama pengusaha, jenis tempat " ..
      "pengelolaan pangan (jasa boga golongan A/B/C, restoran, TPP tertentu, depot air minum), " ..
      "nama dan alamat TPP, jumlah penjamah pangan dan berapa yang sudah bersertifikat pelatihan",
    "Sertifikat pelatihan keamanan pangan siap saji bagi pemilik/pengelola/penanggung jawab TPP",
    "Sertifikat pelatihan keamanan pangan siap saji bagi penjamah pangan (depot air minum: " ..
      "pelatihan higiene sanitasi depot air minum bagi operator), dengan jumlah minimal menurut jenis TPP",
    "Hasil uji laboratorium pemenuhan standar baku mutu kesehatan lingkungan pangan olahan siap saji " ..
      "dari laboratorium terakreditasi KAN atau yang ditunjuk pemerintah daerah, paling lama 1 bulan " ..
      "sebelum permohonan",
    "Formulir inspeksi kesehatan lingkungan/penilaian mandiri sesuai jenis TPP",
    "Perpanjangan: SLHS yang masih berlaku",
  },
  procedure = {
    "Ambil nomor antrean; permohonan SLHS diajukan sebagai PB-UMKU melalui OSS/DPMPTSP",
    "Petugas sanitarian Dinkes melakukan inspeksi kesehatan lingkungan (IKL) dan pengambilan sampel",
    "Tempat yang memenuhi diberi rekomendasi Dinkes; SLHS diterbitkan DPMPTSP " ..
      "(SLHS dapur SPPG program Makan Bergizi Gratis diterbitkan langsung oleh Dinkes)",
  },
  minutes = 15,
  -- Diubah 2026-12 dari 14 hari (tanpa sumber) menjadi 7: standar Dinkes Kab. Batang (SIPPN).
  completion = { days = 7, note = "rekomendasi Dinkes dihitung sejak permohonan diterima melalui " ..
    "OSS; SLHS kemudian diterbitkan DPMPTSP" },
  fee = 0,
  fee_note = "Penerbitan SLHS tanpa biaya; biaya uji laboratorium sampel sesuai tarif laboratorium",
  product = "Sertifikat Laik Higiene Sanitasi (diterbitkan DPMPTSP atas rekomendasi Dinkes)",
  complaint_channel = COMPLAINT,
  legal_basis = UUKES .. "; " .. PB,
  priority = true,
  source = {
    "Permenkes 14/2021 (standar jasa boga, restoran, depot air minum)",
    procedure = "https://driversimple.net/dinkes-purbalingga-percepat-penerbitan-sertifikat-higiene-dapur-program-mbg-190547.html " ..
      "(Kabid Kesmas Dinkes Purbalingga, Oktober 2025: SLHS non-MBG diterbitkan DPMPTSP setelah " ..
      "rekomendasi Dinkes, Dinkes melakukan inspeksi kesehatan lingkungan, SLHS dapur MBG langsung " ..
      "oleh Dinkes); SE Menkes HK.02.02/C.I/4202/2025",
    product = BATANG_SLHS .. " (layanan rekomendasi SLHS Dinkes atas permohonan melalui OSS); Permenkes 14/2021 " ..
      "(SLHS sebagai PB-UMKU melalui OSS); " ..
      "https://driversimple.net/dinkes-purbalingga-percepat-penerbitan-sertifikat-higiene-dapur-program-mbg-190547.html " ..
      "(SLHS non-MBG diterbitkan DPMPTSP atas rekomendasi Dinkes Purbalingga)",
    completion = BATANG_SLHS,
    requirements = "Permenkes 14/2021 Lampiran, standar PB-UMKU Sertifikat Laik Higiene Sanitasi " ..
      "(persyaratan umum dan teknis), daftar dokumen sebagaimana dimuat " ..
      "https://dinkes.kuningankab.go.id/perizinan-berusaha-untuk-menunjang-kegiatan-usaha-sertifikat-laik-hygiene-sanitasi/ " ..
      "(standar pelayanan Dinkes Kab. Kuningan, Jawa Barat) dan " ..
      "https://dpmptsp.makassarkota.go.id/beranda/persyaratan-izin/perizinan-berusaha-untuk-menunjang-kegiatan-berusaha/sertifikat-laik-hygiene-sanitasi-di-wilayah/49b4b710-5d66-475b-b7a4-aefff4ab9061 " ..
      "(DPMPTSP Kota Makassar, Sulawesi Selatan), keduanya dibaca 2026-12, tahun tidak tercantum; " ..
      "http://dinkes.jogjaprov.go.id/berita/detail/sanitasi-laik-higiene-sanitasi-slhs (SLHS melalui OSS menurut " ..
      "Permenkes 2/2023 dan Permenkes 14/2021)",
  },
  unconfirmed = {
    minutes = TRIED.minutes,
    fee_note = TRIED.fee_note,
  },
}

------------------------------------------------------------------------------
-- Verifikasi teknis fasilitas pelayanan kesehatan dan kefarmasian (OSS)
------------------------------------------------------------------------------

verifikasi {
  id = "verifikasi-klinik",
  name = "Verifikasi Teknis Perizinan Klinik Pratama dan Klinik Utama",
  -- Persyaratan diganti 2026-12 dengan persyaratan umum standar usaha klinik
  -- (KBLI 86104/86105) dalam Lampiran Permenkes 14/2021; sebelumnya hanya
  -- bersumber laman Dinkes Kab. Bogor dan Kab. Sidoarjo (di luar Jawa Tengah).
  requirements = {
    "Bentuk pelaku usaha sesuai jenis klinik: klinik swasta rawat jalan oleh perorangan, badan " ..
      "usaha atau badan hukum; klinik rawat inap oleh badan usaha atau badan hukum; klinik " ..
      "penanaman modal asing berbentuk perseroan terbatas (NIB melalui OSS)",
    "Surat keterangan Dinkes Kabupaten tentang pertimbangan persetujuan pendirian klinik",
    "Profil klinik: nama dan alamat lengkap, visi, misi, struktur organisasi dan waktu penyelenggaraan",
    "Dokumen penilaian mandiri (self assessment) klinik",
    "Pemenuhan standar sarana, prasarana, peralatan dan SDM klinik sesuai standar usaha klinik",
  },
  product = "Hasil verifikasi untuk sertifikat standar/izin klinik melalui OSS",
  legal_basis = UUKES .. "; " .. PB,
  source = {
    "https://dinkes.bogorkab.go.id/layanan/Alur-Perizinan-Klinik ; " ..
      "http://dinkes.sidoarjokab.go.id/sertifikat-standar-klinik/",
    product = "Permenkes 14/2021 (standar kegiatan usaha klinik, perizinan melalui OSS); PP 5/2021",
    requirements = "Permenkes 14/2021 Lampiran, standar usaha klinik (KBLI 86104 dan 86105), persyaratan " ..
      "umum (badan hukum/bentuk usaha, surat keterangan Dinkes tentang persetujuan pendirian, profil " ..
      "klinik, self assessment), sebagaimana dimuat salinan lampiran https://id.scribd.com/document/599024230/PERATURAN-KLINIK " ..
      "dan ringkasan https://id.scribd.com/presentation/571015528/2021-Permenkes-No-14-Fokus-Standar-Usaha-Klinik " ..
      "(dibaca 2026-12); Permenkes 14/2021 diubah Permenkes 8/2022 (SE Dirjen Yankes HK.02.02/D/7928/2023)",
    fee = NO_RETRIBUTION,
    fee_note = NO_RETRIBUTION,
    complaint_channel = PEMKAB_COMPLAINT_SRC,
  },
  unconfirmed = {
    procedure = TRIED.procedure,
    minutes = TRIED.minutes,
    completion = TRIED.completion,
  },
  completion = { days = 14 },
}

verifikasi {
  id = "verifikasi-apotek",
  name = "Verifikasi Teknis Perizinan Apotek",
  requirements = {
    "NIB dan data pelaku usaha",
    "STR dan SIPA apoteker penanggung jawab",
    "Denah bangunan dan peta lokasi",
    "Daftar sarana, prasarana dan peralatan",
    "Perjanjian kerja sama apoteker dengan pemilik sarana (bila berbeda)",
  },
  product = "Hasil verifikasi untuk perizinan apotek melalui OSS",
  legal_basis = UUKES .. "; " .. PB .. "; Permenkes 9/2017 tentang Apotek jo. Permenkes 26/2020",
  source = "https://pdfslide.net/documents/standart-pelayanan-publik-surat-izin-apotek-no-standart-pelayanan-publik-surat-izin.html ; Permenkes 14/2021",
  unconfirmed = {
    procedure = TRIED.procedure,
    minutes = TRIED.minutes,
    completion = TRIED.completion,
  },
  completion = { days = 14 },
}

verifikasi {
  id = "verifikasi-toko-obat",
  name = "Verifikasi Teknis Perizinan Toko Obat",
  -- Daftar dokumen standar toko obat Permenkes 14/2021, sama dengan yang dipakai
  -- plugin DPMPTSP untuk izin toko obat; dimuat utuh oleh standar pelayanan data
  -- teknis/sertifikat standar toko obat Dinkes Kab. Kediri 2023 yang merujuk
  -- Permenkes 14/2021.
  requirements = {
    "Surat permohonan pelaku usaha (perseorangan, atau pimpinan PT/yayasan/koperasi)",
    "Dokumen SPPL yang terbit di OSS bersama NIB",
    "Perjanjian kerja sama bermeterai dengan TTK penanggung jawab (bagi pelaku usaha bukan perseorangan)",
    "Surat pernyataan komitmen registrasi toko obat di aplikasi SIMONA (simona.kemkes.go.id)",
    "Informasi lokasi: titik geotag dan keterangan lokasi toko obat",
    "Denah bangunan yang menunjukkan pembagian dan ukuran ruang",
    "Data sarana, prasarana dan peralatan, serta foto papan nama dan letak pemasangannya",
    "Struktur organisasi SDM beserta tugasnya; data TTK penanggung jawab WNI (KTP, STR, SIP TTK); " ..
      "jumlah TTK sesuai jam buka dan seluruh TTK memiliki surat izin praktik",
    "Perpanjangan/perubahan: izin yang masih berlaku, dokumen yang berubah, hasil self-assessment " ..
      "SIMONA dan laporan terakhir",
    "Bukti pembayaran PAD bila ditetapkan pemerintah daerah",
  },
  product = "Hasil verifikasi untuk perizinan toko obat melalui OSS",
  legal_basis = UUKES .. "; " .. PB,
  source = {
    "Permenkes 14/2021 (standar toko obat)",
    requirements = "Permenkes 14/2021 Lampiran, standar kegiatan usaha toko obat (KBLI 47722), " ..
      "daftar dokumen sebagaimana dimuat https://dinkes.kedirikab.go.id/pelayanan-data-teknis-sertifikat-standar-toko-obat " ..
      "(standar pelayanan Dinkes Kab. Kediri, Jawa Timur, TU/1759/418.25/12/2023, dasar hukum " ..
      "Permenkes 14/2021, dibaca 2026-12)",
  },
  unconfirmed = {
    procedure = TRIED.procedure,
    minutes = TRIED.minutes,
    completion = TRIED.completion,
  },
  completion = { days = 14 },
}

verifikasi {
  id = "verifikasi-laboratorium",
  name = "Verifikasi Teknis Perizinan Laboratorium Klinik",
  -- Persyaratan diganti 2026-12 dengan daftar dokumen standar laboratorium klinik
  -- pratama Permenkes 14/2021 sebagaimana dimuat standar Dinkes Kab. Kediri (Jawa Timur);
  -- sebelumnya daftar tanpa sumber (penanggung jawab teknis/ATLM, limbah B3, denah).
  requirements = {
    "NIB melalui OSS dan dokumen badan hukum/badan usaha",
    "Surat keterangan (rekomendasi) Dinkes tentang pertimbangan persetujuan pendirian laboratorium klinik",
    "Profil laboratorium klinik: nama, alamat lengkap, visi, misi, struktur organisasi dan waktu penyelenggaraan",
    "Penilaian mandiri (self assessment) laboratorium: kemampuan pelayanan, pelayanan penunjang, " ..
      "pemenuhan sarana dan prasarana, peralatan dan SDM",
    "Penilaian mandiri (self assessment) alat kesehatan",
  },
  product = "Hasil verifikasi untuk perizinan laboratorium klinik melalui OSS",
  legal_basis = UUKES .. "; " .. PB,
  source = {
    "Permenkes 14/2021 (standar laboratorium medis)",
    requirements = "Permenkes 14/2021 Lampiran, standar laboratorium klinik pratama (izin baru), daftar " ..
      "dokumen sebagaimana dimuat https://dinkes.kedirikab.go.id/penerbitan-rekomendasi-pertimbangan-teknis-pendirian-laboratorium-pratama " ..
      "(standar pelayanan Dinkes Kab. Kediri, Jawa Timur, dasar hukum Permenkes 411/2010 dan Permenkes " ..
      "14/2021, dibaca 2026-12, tahun tidak tercantum)",
  },
  unconfirmed = {
    procedure = TRIED.procedure,
    minutes = TRIED.minutes,
    completion = TRIED.completion,
  },
  completion = { days = 14 },
}

local BOYOLALI_OPTIK = "https://id.scribd.com/document/671948679/SOP-PERIJINAN-OPTIK (standar " ..
  "pelayanan Pengurusan Surat Persetujuan Teknis Optik, Dinas Kesehatan Kabupaten Boyolali, Jawa " ..
  "Tengah, tahun tidak tercantum pada salinan, dibaca 2026-12)"
verifikasi {
  id = "verifikasi-optikal",
  name = "Verifikasi Teknis Perizinan Optikal",
  -- Persyaratan menurut standar pelayanan Pengurusan Surat Persetujuan Teknis
  -- Optik (SPTO) Dinas Kesehatan Kabupaten Boyolali, Jawa Tengah (era OSS).
  requirements = {
    "Dokumen OSS (NIB) pelaku usaha",
    "Formulir daftar ketenagaan yang sudah diisi",
    "Fotokopi NPWP",
    "Rekomendasi asosiasi optikal (GAPOPIN)",
    "Rekomendasi organisasi profesi refraksionis optisien (IROPIN)",
    "Fotokopi surat izin optik lama (bila sudah pernah berizin)",
    "Daftar periksa (ceklist) sarana dan prasarana",
    "Denah situasi optik terhadap sarana di sekitarnya",
    "Denah tata ruang (layout) dengan ukuran",
  },
  product = "Hasil verifikasi untuk perizinan optikal melalui OSS",
  legal_basis = UUKES .. "; " .. PB .. "; Permenkes 1/2016 tentang Penyelenggaraan Optikal",
  source = {
    "Permenkes 1/2016; https://mpp.pandeglangkab.go.id/submenu/detail/495 (SIP refraksionis)",
    requirements = BOYOLALI_OPTIK,
    -- the same standard: 15 menit to receive the documents, 14 hari kerja to complete
    minutes = BOYOLALI_OPTIK,
    completion = BOYOLALI_OPTIK,
  },
  unconfirmed = {
    procedure = TRIED.procedure,
  },
  minutes = 15,
  completion = { days = 14 },
}

verifikasi {
  id = "verifikasi-rumah-sakit",
  name = "Verifikasi Teknis Perizinan Berusaha Rumah Sakit Kelas C dan D",
  requirements = {
    "NIB, KKPR, persetujuan lingkungan dan PBG",
    "Profil dan self assessment rumah sakit",
    "Data SDM dengan STR dan SIP, daftar peralatan dan sarana prasarana",
    "Perjanjian pengelolaan limbah medis (B3)",
  },
  product = "Hasil verifikasi untuk perizinan berusaha rumah sakit kelas C/D melalui OSS",
  legal_basis = UUKES .. "; PP 47/2021 tentang Penyelenggaraan Bidang Perumahsakitan; " .. PB,
  source = "PP 47/2021 (izin RS kelas C dan D oleh pemerintah kabupaten/kota)",
  unconfirmed = {
    requirements = TRIED.requirements,
    procedure = TRIED.procedure,
    minutes = TRIED.minutes,
    completion = TRIED.completion,
  },
  completion = { days = 14 },
}

verifikasi {
  id = "verifikasi-umot",
  name = "Verifikasi Teknis Izin Usaha Mikro Obat Tradisional (UMOT)",
  -- Persyaratan diganti 2026-12 dengan daftar dokumen Sertifikat Standar UMOT di OSS
  -- sebagaimana dimuat standar Dinkes Kab. Karangasem (Bali); sebelumnya daftar tanpa sumber.
  requirements = {
    "Permohonan Sertifikat Standar UMOT melalui OSS (perseorangan atau badan usaha bukan PT)",
    "Bukti pembayaran PAD, bila ditetapkan pemerintah daerah",
    "Data penanggung jawab teknis: ijazah, STRA/STRTTK (jamu) dan SIPA/SIPTTK yang berlaku, KTP, " ..
      "surat pernyataan bekerja penuh waktu dan perjanjian kerja sama dengan pelaku usaha",
    "Surat pernyataan komitmen memenuhi aspek CPOTB secara bertahap",
    "Rencana produksi (bentuk sediaan dan bahan), rencana pengembangan produk dan rencana pemasaran",
    "Daftar fasilitas produksi, mesin dan peralatan; denah bangunan sesuai ketentuan BPOM; " ..
      "laboratorium internal/ruang pengujian mutu",
    "Struktur organisasi dan data lokasi (kantor, tempat produksi, gudang)",
  },
  product = "Hasil verifikasi untuk izin UMOT",
  legal_basis = UUKES .. "; Permenkes 006/2012 tentang Industri dan Usaha Obat Tradisional; " .. PB,
  source = {
    "Permenkes 006/2012 (IUMOT diberikan oleh kabupaten/kota)",
    requirements = "Permenkes 14/2021 Lampiran, standar Sertifikat Standar Usaha Mikro Obat Tradisional " ..
      "di OSS, daftar dokumen sebagaimana dimuat https://dinkes.karangasemkab.go.id/standar-pelayanan/pelayanan-perizinan-umot/ " ..
      "(standar pelayanan Rekomendasi Teknis Perizinan UMOT Dinkes Kab. Karangasem, Bali, dibaca 2026-12, " ..
      "tahun tidak tercantum)",
  },
  unconfirmed = {
    procedure = TRIED.procedure,
    minutes = TRIED.minutes,
    completion = TRIED.completion,
  },
  completion = { days = 14 },
}

------------------------------------------------------------------------------
-- Informasi dan pengaduan
------------------------------------------------------------------------------

agency:service {
  id = "konsultasi-pengaduan",
  name = "Konsultasi Perizinan Kesehatan dan Pengaduan Pelayanan Kesehatan",
  -- Isi pengaduan menurut UU 25/2009 Pasal 42.
  requirements = {
    "Untuk pengaduan: nama dan alamat lengkap pengadu (identitas dapat dirahasiakan dalam keadaan tertentu)",
    "Uraian pelayanan yang tidak sesuai standar dan kerugian material atau immaterial yang dialami",
    "Penyelesaian yang diminta",
    "Pengaduan tertulis mencantumkan tempat, waktu penyampaian dan tanda tangan",
    "Bukti pendukung, bila ada",
  },
  procedure = {
    "Ambil nomor antrean dan sampaikan pertanyaan atau pengaduan",
    "Petugas menjelaskan persyaratan perizinan kesehatan atau mencatat pengaduan",
    "Pengaduan tentang fasilitas kesehatan ditindaklanjuti bidang terkait dan dijawab",
  },
  minutes = 15,
  completion = { at_counter = true },
  fee = 0,
  fee_note = FREE,
  product = "Informasi perizinan; tanda terima dan jawaban pengaduan",
  complaint_channel = COMPLAINT,
  legal_basis = "UU 25/2009 tentang Pelayanan Publik; Perpres 76/2013 tentang Pengelolaan " ..
    "Pengaduan Pelayanan Publik; " .. UUKES,
  priority = true,
  source = {
    "UU 25/2009; Perpres 76/2013",
    requirements = "UU 25/2009 Pasal 42 (isi pengaduan tertulis, identitas pengadu yang dapat " ..
      "dirahasiakan, bukti pendukung)",
  },
  unconfirmed = {
    procedure = TRIED.procedure,
    minutes = TRIED.minutes,
    completion = TRIED.completion,
  },
}

-- Kelompok prioritas didahulukan; satu nomor reguler setelah tiga
-- panggilan prioritas berturut-turut.
agency:route { priority_first = true, regular_after_priority = 3 }
