-- PT Bank Pembangunan Daerah Jawa Tengah (Bank Jateng), Kantor Cabang
-- Purbalingga: di MPP membuka dua loket. Loket 29 (customer service)
-- melayani pembukaan tabungan dan deposito, kredit (KUR, Mitra Jateng 25,
-- kredit multiguna pegawai, kredit pensiun), penggantian kartu ATM,
-- pendaftaran QRIS untuk usaha mikro dan pengaduan nasabah. Loket 30
-- (teller) menerima setoran dan penarikan tunai serta pembayaran PBB-P2,
-- pajak daerah dan retribusi Kabupaten Purbalingga dan penerimaan negara.
--
-- Sumber (diperiksa 2026-11):
--   * Simpanan Pelajar: bankjateng.co.id/bank-jateng-konsisten-dorong-
--     program-tabungan-pelajar/ (setoran awal Rp5.000, setoran berikutnya
--     Rp1.000, tanpa biaya administrasi, pembukaan melalui kerja sama sekolah);
--   * Laku Pandai BimaKu Pandai: bankjateng.co.id/en/business/product-
--     services/service/laku-pandai/ (nama merek "Bima" tabungan Bank Jateng);
--   * KUR: Permenko Perekonomian 1/2022 jo. 1/2023 tentang Pedoman
--     Pelaksanaan KUR (inforegulasi.com, pasal.id); bunga 6% efektif per
--     tahun (economy.okezone.com, 2020-09-07);
--   * Mitra Jateng 25: jpnn.com (peluncuran ulang, bunga 3%, plafon Rp25
--     juta), kontan.co.id, tempo.co dan bisnis.com (2016, bunga 7%, tanpa
--     agunan, usaha berjalan minimal 6 bulan);
--   * TabunganKu: program tabungan perorangan bersama bank di Indonesia
--     (syarat umum dan bebas biaya administrasi bulanan, bankmestika.co.id);
--   * POJK 22/2023 tentang Pelindungan Konsumen dan Masyarakat di Sektor Jasa
--     Keuangan; POJK 8/2023 tentang APU-PPT; UU 24/2004 tentang LPS.
--   * (diperiksa 2026-12) alur pengaduan: OJK (infobanknews.com, 2024-08):
--     tanggapan PUJK 10 hari kerja, dapat diperpanjang 10 hari kerja, lalu
--     LAPS SJK atau pengadilan; MDR QRIS 0% untuk transaksi sampai
--     Rp500.000 pada merchant usaha mikro sejak 1 Desember 2024 (RDG BI
--     Oktober 2024, merdeka.com/suara.com) dan larangan biaya tambahan kepada
--     pembeli (Peraturan Bank Indonesia 23/6/PBI/2021 Pasal 52); Permenko
--     Perekonomian 1/2026 mengatur kembali pedoman KUR (news.ddtc.co.id,
--     2026-02: NPWP wajib untuk KUR mikro di atas Rp50 juta dan KUR kecil).
--
-- Belum terkonfirmasi: setoran awal dan biaya administrasi Tabungan Bima,
-- biaya penggantian kartu ATM, suku bunga Mitra Jateng 25 yang berlaku saat
-- ini, rincian produk kredit multiguna pegawai dan kredit pensiun, bahwa
-- Bank Jateng adalah RKUD Kabupaten Purbalingga, dan waktu layanan di loket
-- (dicari lagi 2026-12: Bank Jateng tidak menerbitkan waktu layanan per
-- produk, juga tidak di kompilasi standar MPP Jawa Tengah atau SIPPN yang
-- terbaca pada pencarian 2026-12; persyaratan KUR lengkap per Permenko 1/2026
-- tidak terbaca);
-- ditandai per layanan (dicari sekali lagi 2026-12: laman produk bankjateng.co.id,
-- SIPPN, standar gerai Bank Jateng di MPP Jawa Tengah, pasal persyaratan KUR di
-- pasal.id - tidak ada fakta baru yang terkonfirmasi). Sejak 2026-12 juga ditandai: persyaratan, alur, biaya dan
-- produk TabunganKu dan penggantian kartu ATM (hanya laman Bank Mestika) serta
-- persyaratan, biaya dan produk Mitra Jateng 25 (hanya berita); kanal pengaduan
-- bersumber POJK 22/2023. Setoran awal bukan biaya: ia menjadi saldo nasabah,
-- maka `fee` pembukaan rekening 0 dan setoran awal disebut di `fee_note`.
-- Dicari lagi 2026-12 (persyaratan menurut ketentuan nasional atau laman Bank Jateng
-- sendiri: Permenko KUR di pasal.id, ketentuan TabunganKu BI/OJK, PADG QRIS, laman
-- kredit pensiun dan multiguna): tidak ada persyaratan yang terkonfirmasi.

local BASIS = "UU 7/1992 tentang Perbankan jo. UU 10/1998 dan UU 4/2023 tentang " ..
  "Pengembangan dan Penguatan Sektor Keuangan; POJK 22/2023 tentang Pelindungan " ..
  "Konsumen dan Masyarakat di Sektor Jasa Keuangan"
local KYC = "POJK 8/2023 tentang Penerapan Program Anti Pencucian Uang, Pencegahan " ..
  "Pendanaan Terorisme dan Pencegahan Pendanaan Proliferasi Senjata Pemusnah Massal " ..
  "di Sektor Jasa Keuangan"
local LPS = "UU 24/2004 tentang Lembaga Penjamin Simpanan"
local LOCAL_TAX = "UU 1/2022 tentang Hubungan Keuangan antara Pemerintah Pusat dan " ..
  "Pemerintahan Daerah; Perda Kabupaten Purbalingga tentang Pajak Daerah dan Retribusi Daerah"
local COMPLAINT = "Layanan pengaduan nasabah Bank Jateng (loket customer service dan " ..
  "kantor cabang); Kontak OJK 157 / kontak157.ojk.go.id; LAPS SJK untuk sengketa"
local CS, TELLER = 29, 30
local OPEN_STEPS = {
  "Ambil nomor antrean untuk customer service",
  "Isi formulir pembukaan rekening dan data nasabah (prinsip mengenal nasabah)",
  "Petugas memverifikasi identitas dan merekam spesimen tanda tangan",
  "Setor setoran awal; buku tabungan dan kartu ATM (bila ada) diserahkan",
}
local ID_REQ = "KTP-el asli (WNI); paspor dan KITAS/KITAP bagi WNA"
local NPWP_REQ = "NPWP, bila ada"

-- What was looked up for each fact the services below leave unconfirmed
-- (`mppctl facts bank-jateng` lists them per service).
local TRIED = {
  requirements = "Rincian persyaratan Bank Jateng tidak ditemukan dalam sumber terbuka (diperiksa " ..
    "2026-11). Dicari lagi 2026-12: dicari persyaratan kredit pensiun, kredit multiguna pegawai, " ..
    "penggantian kartu ATM dan QRIS merchant Bank Jateng - hanya produk BPR lain (BPR Artha Galunggung, " ..
    "BPR Giri Sukadana) dan situs perantara KUR yang muncul; bankjateng.co.id tidak dapat dibaca. " ..
    "Dicari lagi 2026-12: syarat penggantian kartu ATM hanya dari blog umum (uangindonesia.com, " ..
    "curcol.co), bukan Bank Jateng; untuk pembayaran di teller hanya laman e-PBG Pemkab Tegal " ..
    "(eimb.tegalkab.go.id/beranda/carabayar: tunjukkan kode pembayaran pada SKRD kepada teller Bank " ..
    "Jateng), yang mencakup retribusi saja, tidak BPHTB (SSPD) dan pajak daerah lain; panduan e-BPHTB " ..
    "BKD Kota Pekalongan (123dok) tidak sampai tata cara bayar di bank.",
  procedure = "Alur produk Bank Jateng tidak diterbitkan; dipakai alur bank daerah yang lazim " ..
    "(diperiksa 2026-11).",
  minutes = "Bank Jateng tidak menerbitkan waktu layanan per produk (diperiksa 2026-11). Dicari " ..
    "2026-12: bankjateng.co.id (produk tabungan, KUR, Simpel) dan berita Bank Jateng tidak memuat " ..
    "waktu layanan di loket dalam menit; perlu konfirmasi kantor cabang Purbalingga. Dicari lagi " ..
    "2026-12: kompilasi standar pelayanan MPP Jawa Tengah yang memuat gerai Bank Jateng (MPP Kab. " ..
    "Semarang, Perbup Pati 63/2012, standar MPP lain) dan SIPPN (hanya standar Bapenda, mis. Kab. Pemalang " ..
    "dan Klaten, yang menyebut pembayaran PBB di bank tanpa waktu loket bank) - tidak ada waktu pelayanan " ..
    "Bank Jateng dalam menit; Bank Jateng BUMD, jadi standar bank lain tidak dipakai.",
  completion = "Jangka waktu keputusan kredit/aktivasi Bank Jateng tidak ditemukan dalam sumber yang " ..
    "diperiksa 2026-11 dan 2026-12 (bankjateng.co.id, berita penyaluran KUR Bank Jateng); perlu " ..
    "konfirmasi kantor cabang Purbalingga.",
  fee = "Biaya administrasi Bank Jateng untuk layanan ini tidak ditemukan dalam sumber terbuka " ..
    "(diperiksa 2026-11).",
  fee_note = "Setoran awal/biaya Bank Jateng yang berlaku saat ini tidak ditemukan (diperiksa " ..
    "2026-11).",
}

-- Dicari lagi 2026-12: ditambahkan ke teks "tried".
TRIED.requirements = TRIED.requirements .. " Dicari lagi 2026-12: persyaratan kredit pensiun Bank " ..
  "Jateng (yang muncul hanya pedoman kredit pra pensiun Bank Bukopin dan tabel pinjaman Bank BJB, " ..
  "bank lain) - tidak dipakai."
TRIED.minutes = TRIED.minutes .. " Dicari lagi 2026-12: standar pelayanan gerai Bank Jateng di MPP " ..
  "Jawa Tengah dan pembayaran PBB di Bank Jateng (yang muncul hanya berita kerja sama PBB Bank Jateng " ..
  "Cabang Ungaran 2012 tanpa waktu layanan) - tidak ada menit loket."

-- Dicari sekali lagi 2026-12: ditambahkan ke teks "tried".
TRIED.requirements = TRIED.requirements .. " Dicari lagi 2026-12: laman produk bankjateng.co.id (kredit pensiun, " ..
  "kredit multiguna, Tabungan Bima) dan SIPPN Bank Jateng; yang terbaca hanya SimPel, Laku Pandai dan ketentuan " ..
  "program Saveduit (borobudurmarathon.com 2022, hanya menyebut rekening Tabungan Bima) - persyaratan layanan " ..
  "ini tidak dimuat."
TRIED.minutes = TRIED.minutes .. " Dicari lagi 2026-12: SIPPN dan standar MPP Jawa Tengah untuk gerai Bank " ..
  "Jateng (pembukaan rekening, kredit) - tidak ada waktu dalam menit."
TRIED.fee = TRIED.fee .. " Dicari lagi 2026-12: laman produk Tabungan Bima, kredit pensiun dan kredit multiguna " ..
  "di bankjateng.co.id tidak ditemukan (yang muncul hanya SimPel, Laku Pandai dan Saveduit)."

-- Kanal pengaduan PUJK menurut POJK 22/2023; fakta yang hanya bersumber berita atau laman bank lain
-- (dicari lagi 2026-12).
local COMPLAINT_SRC = "POJK 22/2023 (PUJK wajib menyediakan layanan pengaduan konsumen, dan sengketa yang tidak " ..
  "selesai dapat dibawa ke LAPS SJK)"
local MESTIKA_ONLY = "Hanya bersumber laman produk TabunganKu Bank Mestika (bank lain, laman komersial), bukan " ..
  "ketentuan Bank Jateng atau aturan OJK/BI yang terbit. Dicari 2026-12: ketentuan TabunganKu dari OJK atau " ..
  "laman Bank Jateng tidak ditemukan (yang muncul hanya blog dan berita lama); belum terkonfirmasi."
MESTIKA_ONLY = MESTIKA_ONLY .. " Dicari lagi 2026-12 (TabunganKu Bank Jateng): yang muncul hanya Bank Mestika, " ..
  "Bank Jago (jago.com) dan blog - belum terkonfirmasi."
-- Dicari lagi 2026-12 (persyaratan menurut ketentuan nasional atau laman Bank Jateng sendiri).
local TABUNGANKU_REQ = MESTIKA_ONLY .. " Dicari lagi 2026-12: ketentuan program TabunganKu dari Bank Indonesia/OJK " ..
  "dan laman Bank Jateng; yang muncul hanya laman bank lain (Bank Mestika, BCA) dan blog 2010-2014 - belum " ..
  "terkonfirmasi."
local QRIS_REQ = TRIED.requirements .. " Dicari lagi 2026-12: PADG QRIS tentang syarat pendaftaran merchant dan laman " ..
  "QRIS Bank Jateng tidak ditemukan; yang muncul hanya berita (kompas.com 2022 dan 2023) dan laman penyelenggara " ..
  "lain (qris.id), bukan ketentuan Bank Indonesia bernomor atau Bank Jateng."
local LOAN_REQ = TRIED.requirements .. " Dicari lagi 2026-12: laman produk kredit pensiun dan kredit multiguna di " ..
  "bankjateng.co.id tetap tidak muncul; yang muncul hanya artikel umum kredit pensiunan bank lain."
local MITRA_NEWS_ONLY = "Hanya bersumber berita (jpnn.com, radarsemarang.com 2016, bisnis.com, tempo.co, " ..
  "antaranews, wartaekonomi 2017), bukan ketentuan produk Bank Jateng yang terbit. Dicari 2026-12: laman " ..
  "produk Mitra Jateng 25 di bankjateng.co.id tidak ditemukan; belum terkonfirmasi."

local agency = mpp.agency {
  id = "bank-jateng",
  name = "PT Bank Pembangunan Daerah Jawa Tengah (Bank Jateng) Cabang Purbalingga",
  short = "Bank Jateng",
  kind = "BUMD",
  prefix = "R",
  counters = { 29, 30 },
}

------------------------------------------------------------------------------
-- Loket customer service (29)
------------------------------------------------------------------------------

agency:service {
  id = "tabungan-bima",
  name = "Pembukaan Rekening Tabungan Bima",
  requirements = { ID_REQ, NPWP_REQ, "Nomor telepon seluler aktif" },
  procedure = OPEN_STEPS,
  minutes = 20,
  completion = { at_counter = true },
  fee = 0,
  fee_note = "Tanpa biaya pembukaan; setoran awal menjadi saldo nasabah. Setoran " ..
    "awal minimum dan biaya administrasi bulanan menurut ketentuan produk Bank Jateng " ..
    "(besarnya belum terkonfirmasi). Simpanan dijamin LPS sesuai ketentuan",
  product = "Rekening Tabungan Bima, buku tabungan dan kartu ATM/debit",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS .. "; " .. KYC .. "; " .. LPS,
  priority = true,
  counters = { CS },
  source = "https://www.bankjateng.co.id/en/business/product-services/service/laku-pandai/ (merek tabungan Bima); " .. KYC,
  unconfirmed = { minutes = TRIED.minutes, completion = TRIED.completion, fee = TRIED.fee },
}

agency:service {
  id = "tabunganku",
  name = "Pembukaan Rekening TabunganKu",
  requirements = {
    ID_REQ,
    "Untuk anak yang belum memiliki KTP: akta kelahiran, Kartu Keluarga dan KTP orang tua (rekening atas nama anak qq orang tua)",
  },
  procedure = OPEN_STEPS,
  minutes = 15,
  completion = { at_counter = true },
  fee = 0,
  fee_note = "Tanpa biaya pembukaan dan tanpa biaya administrasi bulanan; setoran " ..
    "awal minimal Rp20.000 menjadi saldo nasabah",
  product = "Rekening TabunganKu dan buku tabungan",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS .. "; " .. KYC .. "; " .. LPS,
  priority = true,
  counters = { CS },
  source = {
    "https://www.bankmestika.co.id/en/products/TabunganKu (ketentuan umum TabunganKu)",
    complaint_channel = COMPLAINT_SRC,
  },
  unconfirmed = {
    minutes = TRIED.minutes,
    completion = TRIED.completion,
    fee_note = TRIED.fee_note,
    requirements = TABUNGANKU_REQ,
    procedure = MESTIKA_ONLY,
    fee = MESTIKA_ONLY,
    product = MESTIKA_ONLY,
  },
}

agency:service {
  id = "simpanan-pelajar",
  name = "Pembukaan Rekening Simpanan Pelajar (SimPel)",
  requirements = {
    "Fotokopi kartu pelajar",
    "Formulir pembukaan rekening",
    "Pelajar belum memiliki rekening tabungan lain",
    "Sekolah telah bekerja sama dengan Bank Jateng",
  },
  procedure = {
    "Ambil nomor antrean untuk customer service",
    "Serahkan formulir dan fotokopi kartu pelajar",
    "Setor setoran awal; buku tabungan SimPel diserahkan",
  },
  minutes = 10,
  completion = { at_counter = true },
  fee = 0,
  fee_note = "Setoran awal Rp5.000, setoran berikutnya minimal Rp1.000; tanpa biaya " ..
    "administrasi bulanan dan tanpa biaya ganti buku hilang/rusak; ganti buku karena " ..
    "habis Rp10.000",
  product = "Rekening Simpanan Pelajar dan buku tabungan",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS .. "; " .. LPS,
  priority = true,
  counters = { CS },
  source = "https://www.bankjateng.co.id/bank-jateng-konsisten-dorong-program-tabungan-pelajar/",
  unconfirmed = { minutes = TRIED.minutes, completion = TRIED.completion },
}

agency:service {
  id = "deposito",
  name = "Penempatan Deposito Berjangka",
  requirements = {
    ID_REQ,
    NPWP_REQ,
    "Rekening tabungan Bank Jateng untuk pembayaran bunga, bila diminta",
  },
  procedure = {
    "Ambil nomor antrean untuk customer service",
    "Pilih jangka waktu (1, 3, 6 atau 12 bulan) dan cara perpanjangan",
    "Setor dana; bilyet deposito diterbitkan",
  },
  minutes = 20,
  completion = { at_counter = true },
  fee = 0,
  fee_note = "Tanpa biaya penempatan; bunga dikenai pajak penghasilan final sesuai " ..
    "ketentuan; dijamin LPS selama bunga tidak melebihi tingkat bunga penjaminan LPS",
  product = "Bilyet deposito berjangka",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS .. "; " .. LPS .. "; " .. KYC,
  priority = true,
  counters = { CS },
  source = LPS .. "; " .. KYC,
  unconfirmed = {
    procedure = TRIED.procedure,
    minutes = TRIED.minutes,
    completion = TRIED.completion,
  },
}

agency:service {
  id = "kur",
  name = "Permohonan Kredit Usaha Rakyat (KUR)",
  requirements = {
    "KTP-el dan Kartu Keluarga pemohon (dan pasangan, bila menikah)",
    "Usaha produktif dan layak yang telah berjalan paling singkat 6 bulan",
    "NIB atau surat keterangan usaha dari desa/kelurahan",
    "NPWP untuk plafon di atas Rp50 juta",
    "Tidak sedang menerima kredit produktif dari bank lain, kecuali yang dikecualikan pedoman KUR",
  },
  procedure = {
    "Ambil nomor antrean untuk customer service dan konsultasikan kebutuhan modal",
    "Serahkan berkas; petugas memeriksa SLIK OJK dan mendata calon debitur pada SIKP",
    "Analis kredit mensurvei usaha",
    "Kredit diputus; akad kredit ditandatangani dan dana dicairkan ke rekening",
  },
  minutes = 30,
  completion = { days = 14 },
  fee = 0,
  fee_note = "Tanpa biaya provisi dan administrasi. Bunga KUR mikro/kecil 6% efektif per " ..
    "tahun bagi penerima pertama (naik bertahap bagi penerima berulang menurut " ..
    "Permenko 1/2023); plafon KUR mikro di atas Rp10 juta s.d. Rp100 juta, KUR kecil " ..
    "di atas Rp100 juta s.d. Rp500 juta",
  product = "Fasilitas Kredit Usaha Rakyat",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS .. "; Permenko Perekonomian 1/2026 tentang Pedoman Pelaksanaan KUR " ..
    "(sebelumnya Permenko Perekonomian 1/2022 beserta perubahannya)",
  priority = true,
  counters = { CS },
  source = "https://inforegulasi.com/2023/03/permenko-eko-nomor-1-tahun-2023-tentang.html; https://pasal.id/en/peraturan/permen/permenko-perekonomian-no-1-tahun-2023/koreksi/9640131; https://economy.okezone.com/read/2020/09/07/320/2273885/skema-penyaluran-kur-diubah-simak-dan-ketahui-pedomannya-di-sini; https://news.ddtc.co.id/berita/nasional/1817047/pedoman-diperbarui-syarat-punya-npwp-untuk-debitur-kur-dipertegas (Permenko Perekonomian 1/2026)",
  unconfirmed = {
    requirements = "Dicari 2026-12: Permenko Perekonomian 1/2026 (news.ddtc.co.id) hanya " ..
      "mengonfirmasi NPWP untuk KUR mikro di atas Rp50 juta dan KUR kecil; syarat usaha 6 bulan " ..
      "dan pengecualian kredit lain terbaca hanya untuk KUR khusus (Permenko 12/2025 Pasal 36, " ..
      "pasal.id); daftar dokumen KUR mikro (KTP-el, KK, NIB/SKU) hanya dari situs bank lain; " ..
      "bankjateng.co.id tidak memuat persyaratan KUR. Dicari lagi 2026-12: hanya situs perantara " ..
      "kur.co.id (syarat umum tanpa rujukan Bank Jateng) yang muncul. Dicari lagi 2026-12: teks " ..
      "pasal persyaratan calon penerima KUR mikro dalam Permenko Perekonomian 1/2022 (pasal.id, scribd " ..
      "588119121) tidak terbaca selain Pasal 1; yang muncul hanya ringkasan berita/blog - tidak dipakai. " ..
      "Dicari lagi 2026-12: pasal.id Permenko Perekonomian 1/2022 tetap hanya terbaca Pasal 1; daftar dokumen " ..
      "KUR yang muncul hanya berita tentang bank lain (poskota.co.id 2025 KUR Mandiri, betv.disway.id KUR BRI). " ..
      "Dicari lagi 2026-12 (pasal.id): Permenko Perekonomian 12/2025 Pasal 38A merujuk syarat KUR mikro pada " ..
      "Pasal 23 ayat (2), (3) dan (4a) (lama usaha, belum pernah menerima kredit komersial), tetapi teks Pasal 23 " ..
      "dan daftar dokumen KUR mikro tidak terbaca, begitu pula pasal Permenko 1/2026.",
    minutes = TRIED.minutes,
    completion = TRIED.completion,
  },
}

agency:service {
  id = "mitra-jateng-25",
  name = "Permohonan Kredit Mitra Jateng 25",
  requirements = {
    "KTP-el dan Kartu Keluarga pemohon; pelaku usaha mikro/kecil di Jawa Tengah",
    "Usaha telah berjalan paling singkat 6 bulan",
    "Surat keterangan usaha dari desa/kelurahan atau NIB",
    "Belum memiliki kredit di bank lain",
  },
  procedure = {
    "Ambil nomor antrean untuk customer service",
    "Serahkan berkas; petugas dan pendamping usaha memverifikasi usaha",
    "Kredit diputus; akad ditandatangani dan dana dicairkan",
  },
  minutes = 30,
  completion = { days = 14 },
  fee = 0,
  fee_note = "Plafon paling banyak Rp25 juta tanpa agunan, jangka waktu paling lama " ..
    "3 tahun; bunga 3% per tahun sejak peluncuran ulang 2022 (semula 7%)",
  product = "Fasilitas kredit Mitra Jateng 25",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS .. "; program kredit Pemerintah Provinsi Jawa Tengah dan Bank Jateng",
  priority = true,
  counters = { CS },
  source = {
    "https://m.jpnn.com/news/ganjar-turunkan-suku-bunga-kredit-bank-jateng-untuk-pedagang-pasar-dan-umkm; http://radarsemarang.com/2016/03/29/bank-jateng-beri-bunga-kredit-rendah/; https://m.bisnis.com/amp/read/20160804/90/572230/program-mitra-25-bank-jateng-dorong-ukm-tumbuh-pesat",
    complaint_channel = COMPLAINT_SRC,
  },
  unconfirmed = {
    procedure = TRIED.procedure,
    minutes = TRIED.minutes,
    completion = TRIED.completion,
    fee_note = TRIED.fee_note,
    requirements = MITRA_NEWS_ONLY,
    fee = MITRA_NEWS_ONLY,
    product = MITRA_NEWS_ONLY,
  },
}

agency:service {
  id = "kredit-multiguna-pegawai",
  name = "Permohonan Kredit Multiguna Pegawai Berpenghasilan Tetap",
  requirements = {
    "KTP-el dan Kartu Keluarga pemohon dan pasangan",
    "SK pengangkatan dan SK terakhir (ASN/pegawai tetap)",
    "Daftar gaji terakhir dan gaji dibayarkan melalui Bank Jateng",
    "Surat rekomendasi/persetujuan pemotongan gaji dari bendahara instansi",
  },
  procedure = {
    "Ambil nomor antrean untuk customer service",
    "Serahkan berkas; petugas menghitung plafon dari kemampuan bayar",
    "Kredit diputus; akad ditandatangani dan angsuran dipotong dari gaji",
  },
  minutes = 30,
  completion = { days = 7 },
  fee = 0,
  fee_note = "Suku bunga, provisi, administrasi dan premi asuransi jiwa menurut " ..
    "ketentuan Bank Jateng yang berlaku; besarnya belum terkonfirmasi",
  product = "Fasilitas kredit multiguna dengan angsuran potong gaji",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS,
  priority = true,
  counters = { CS },
  source = KYC .. "; POJK 22/2023 tentang Pelindungan Konsumen dan Masyarakat di Sektor Jasa Keuangan",
  unconfirmed = {
    requirements = LOAN_REQ,
    procedure = TRIED.procedure,
    minutes = TRIED.minutes,
    completion = TRIED.completion,
    fee = TRIED.fee,
  },
}

agency:service {
  id = "kredit-pensiun",
  name = "Permohonan Kredit Pensiun",
  requirements = {
    "KTP-el dan Kartu Keluarga pensiunan",
    "SK pensiun asli dan kartu identitas pensiunan",
    "Manfaat pensiun dibayarkan melalui rekening Bank Jateng",
  },
  procedure = {
    "Ambil nomor antrean untuk customer service",
    "Serahkan berkas; petugas menghitung plafon dari manfaat pensiun bulanan",
    "Akad ditandatangani; angsuran dipotong dari manfaat pensiun",
  },
  minutes = 30,
  completion = { days = 7 },
  fee = 0,
  fee_note = "Suku bunga, administrasi dan premi asuransi jiwa menurut ketentuan Bank " ..
    "Jateng yang berlaku; besarnya belum terkonfirmasi",
  product = "Fasilitas kredit pensiun",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS,
  priority = true,
  counters = { CS },
  source = KYC .. "; POJK 22/2023 tentang Pelindungan Konsumen dan Masyarakat di Sektor Jasa Keuangan",
  unconfirmed = {
    requirements = LOAN_REQ,
    procedure = TRIED.procedure,
    minutes = TRIED.minutes,
    completion = TRIED.completion,
    fee = TRIED.fee,
  },
}

agency:service {
  id = "kartu-atm",
  name = "Penggantian Kartu ATM/Debit Hilang, Rusak atau Terblokir",
  requirements = {
    ID_REQ,
    "Buku tabungan",
    "Surat keterangan kehilangan dari kepolisian, bila kartu hilang",
    "Kartu yang rusak, bila rusak",
  },
  procedure = {
    "Blokir kartu yang hilang lebih dulu melalui layanan pengaduan nasabah",
    "Ambil nomor antrean untuk customer service dan serahkan persyaratan",
    "Kartu baru diterbitkan; nasabah membuat PIN baru",
  },
  minutes = 15,
  completion = { at_counter = true },
  fee = 0,
  fee_note = "Biaya penggantian kartu menurut ketentuan tarif layanan Bank Jateng; besarnya belum terkonfirmasi",
  product = "Kartu ATM/debit pengganti",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS,
  priority = true,
  counters = { CS },
  source = {
    "https://www.bankmestika.co.id/en/products/TabunganKu (ketentuan kehilangan buku/kartu, padanan)",
    complaint_channel = COMPLAINT_SRC,
  },
  unconfirmed = {
    requirements = TRIED.requirements,
    minutes = TRIED.minutes,
    completion = TRIED.completion,
    fee = TRIED.fee,
    procedure = MESTIKA_ONLY,
    fee_note = MESTIKA_ONLY,
    product = MESTIKA_ONLY,
  },
}

agency:service {
  id = "qris-merchant",
  name = "Pendaftaran QRIS untuk Pelaku Usaha",
  requirements = {
    ID_REQ,
    "Rekening Bank Jateng atas nama pemilik usaha",
    "NIB atau surat keterangan usaha dari desa/kelurahan",
    "Foto tempat usaha",
  },
  procedure = {
    "Ambil nomor antrean untuk customer service",
    "Isi formulir pendaftaran merchant dan serahkan persyaratan",
    "Petugas memverifikasi usaha; stiker QRIS diterbitkan dan hasil penjualan masuk ke rekening",
  },
  minutes = 20,
  completion = { days = 7 },
  fee = 0,
  fee_note = "Merchant Discount Rate (MDR) QRIS 0% untuk transaksi sampai Rp500.000 pada " ..
    "merchant usaha mikro (kebijakan Bank Indonesia sejak 1 Desember 2024); di atasnya MDR " ..
    "menurut ketentuan Bank Indonesia, ditanggung merchant dan tidak boleh dibebankan kepada pembeli",
  product = "QRIS merchant Bank Jateng",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS .. "; Peraturan Bank Indonesia tentang Sistem Pembayaran; " ..
    "PADG 21/18/PADG/2019 tentang Implementasi Standar Nasional QRIS",
  priority = true,
  counters = { CS },
  source = {
    "Ketentuan Bank Indonesia tentang QRIS (PADG 21/18/PADG/2019 dan kebijakan MDR usaha mikro)",
    fee_note = "https://merdeka.com/amp/uang/mulai-1-desember-transaksi-qris-hingga-rp500-ribu-bebas-biaya-217080-mvk.html; " ..
      "https://amp.suara.com/bisnis/2024/10/16/211459/mengenal-mdr-qris-yang-digratiskan-bank-indonesia " ..
      "(RDG Bank Indonesia Oktober 2024); Peraturan Bank Indonesia 23/6/PBI/2021 Pasal 52 ayat (1) (larangan biaya tambahan)",
  },
  unconfirmed = {
    requirements = QRIS_REQ,
    procedure = TRIED.procedure,
    minutes = TRIED.minutes,
    completion = TRIED.completion,
  },
}

agency:service {
  id = "pengaduan-nasabah",
  name = "Pengaduan Nasabah",
  requirements = {
    ID_REQ,
    "Bukti transaksi atau dokumen yang berkaitan",
    "Surat kuasa bila diwakilkan",
  },
  procedure = {
    "Ambil nomor antrean untuk customer service dan sampaikan pengaduan",
    "Petugas mencatat pengaduan",
    "Bank menanggapi paling lama 10 hari kerja (dapat diperpanjang 10 hari kerja)",
    "Bila tidak sepakat, nasabah dapat membawa sengketa ke LAPS SJK atau melapor ke OJK",
  },
  minutes = 15,
  completion = { days = 10, note = "dapat diperpanjang 10 hari kerja" },
  fee = 0,
  fee_note = "Gratis",
  product = "Nomor registrasi pengaduan dan tanggapan tertulis",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS .. " (penanganan pengaduan)",
  priority = true,
  counters = { CS },
  source = {
    "POJK 22/2023 (kewajiban penanganan pengaduan konsumen)",
    completion = "POJK 22/2023 (penanganan pengaduan konsumen: 10 hari kerja, dapat diperpanjang 10 " ..
      "hari kerja)",
    procedure = "POJK 22/2023; https://infobanknews.com/ojk-percepat-batas-respons-aduan-konsumen-di-appk-jadi-10-hari-kerja-ini-alasannya/amp " ..
      "(OJK 2024: tanggapan 10 hari kerja, tambahan 10 hari kerja, lalu LAPS SJK atau pengadilan)",
  },
  unconfirmed = { minutes = TRIED.minutes },
}

------------------------------------------------------------------------------
-- Loket teller (30)
------------------------------------------------------------------------------

agency:service {
  id = "setor-tarik-tunai",
  name = "Setoran dan Penarikan Tunai, Transfer",
  requirements = {
    "Buku tabungan atau nomor rekening tujuan",
    ID_REQ .. " (untuk penarikan dan transaksi tunai dalam jumlah besar)",
  },
  procedure = {
    "Ambil nomor antrean untuk teller",
    "Isi slip setoran/penarikan/transfer",
    "Teller memproses transaksi dan mencetak bukti/buku tabungan",
  },
  minutes = 5,
  completion = { at_counter = true },
  fee = 0,
  fee_note = "Setor dan tarik tunai di rekening sendiri tanpa biaya; transfer antarbank " ..
    "dikenai biaya menurut tarif layanan",
  product = "Bukti transaksi",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS .. "; " .. KYC,
  priority = true,
  counters = { TELLER },
  source = KYC,
  unconfirmed = {
    minutes = TRIED.minutes,
    completion = TRIED.completion,
    fee_note = TRIED.fee_note,
  },
}

agency:service {
  id = "pbb-p2",
  name = "Pembayaran PBB-P2 Kabupaten Purbalingga",
  requirements = {
    "SPPT PBB-P2 tahun berjalan atau Nomor Objek Pajak (NOP)",
  },
  procedure = {
    "Ambil nomor antrean untuk teller dan sebutkan NOP",
    "Teller menampilkan ketetapan dan denda keterlambatan, bila ada",
    "Bayar; terima Surat Tanda Terima Setoran (STTS)",
  },
  minutes = 5,
  completion = { at_counter = true },
  fee = 0,
  fee_note = "Sebesar ketetapan PBB-P2 pada SPPT; keterlambatan dikenai sanksi " ..
    "administratif menurut UU 1/2022 dan Perda; tanpa biaya tambahan di loket",
  product = "STTS/bukti pembayaran PBB-P2",
  complaint_channel = COMPLAINT .. "; keberatan atas ketetapan ke Bapenda Kabupaten Purbalingga",
  legal_basis = LOCAL_TAX,
  priority = true,
  counters = { TELLER },
  source = "UU 1/2022 (PBB-P2 pajak kabupaten); https://sippn.menpan.go.id/pelayanan-publik/8282334/pemerintah-kab-klaten/" ..
    "pelayanan-pembuatan-pbb-pedesaan-dan-perkotaan-baru-mutasi-pemecahan-penghapusan-dan-duplikat (pembayaran PBB-P2 di Bank Jateng)",
  unconfirmed = { minutes = TRIED.minutes, completion = TRIED.completion },
}

agency:service {
  id = "pajak-daerah-retribusi",
  name = "Pembayaran BPHTB, Pajak Daerah Lain dan Retribusi Daerah",
  requirements = {
    "Kode bayar/billing atau surat ketetapan (SSPD BPHTB yang telah divalidasi, SKPD, SKRD)",
  },
  procedure = {
    "Ambil nomor antrean untuk teller dan serahkan kode bayar",
    "Teller mencocokkan tagihan dengan sistem pajak daerah",
    "Bayar; terima bukti setor yang tervalidasi",
  },
  minutes = 5,
  completion = { at_counter = true },
  fee = 0,
  fee_note = "Sebesar ketetapan pajak/retribusi (BPHTB 5% x (NPOP - NPOPTKP)); tanpa biaya tambahan di loket",
  product = "Bukti setor pajak daerah/retribusi yang tervalidasi",
  complaint_channel = COMPLAINT .. "; keberatan atas ketetapan ke Bapenda Kabupaten Purbalingga",
  legal_basis = LOCAL_TAX,
  priority = true,
  counters = { TELLER },
  source = "UU 1/2022 Pasal 44-49 (BPHTB, tarif paling tinggi 5%)",
  unconfirmed = {
    requirements = TRIED.requirements .. " Dicari lagi 2026-12: standar izin reklame di laman MPP Purbalingga " ..
      "(mpp.purbalinggakab.go.id/web/detail_layanan/327) menyebut SKPD reklame dengan kode bayar virtual account " ..
      "dan QR dibayar di teller Bank Jateng; pembayaran BPHTB di teller Bank Jateng belum ditemukan, dan standar " ..
      "BPHTB Bapenda Banyumas (SIPPN 8097331) menempatkan pembayaran sebelum validasi, jadi butir 'SSPD yang " ..
      "telah divalidasi' belum pasti.",
    minutes = TRIED.minutes,
    completion = TRIED.completion,
  },
}

agency:service {
  id = "penerimaan-negara",
  name = "Pembayaran Penerimaan Negara (Pajak Pusat dan PNBP dengan Kode Billing)",
  requirements = {
    "Kode billing MPN dari DJP Online, SIMPONI atau instansi pemungut (misalnya PNBP paspor, SKCK)",
  },
  procedure = {
    "Ambil nomor antrean untuk teller dan serahkan kode billing",
    "Teller memproses pembayaran melalui Modul Penerimaan Negara",
    "Terima Bukti Penerimaan Negara (BPN) dengan NTPN",
  },
  minutes = 5,
  completion = { at_counter = true },
  fee = 0,
  fee_note = "Sebesar tagihan pada kode billing; tanpa biaya tambahan",
  product = "Bukti Penerimaan Negara dengan NTPN",
  complaint_channel = COMPLAINT,
  legal_basis = "UU 9/2018 tentang Penerimaan Negara Bukan Pajak; Peraturan Menteri " ..
    "Keuangan tentang Sistem Penerimaan Negara secara Elektronik",
  priority = true,
  counters = { TELLER },
  source = "PMK 225/PMK.05/2020 tentang Sistem Penerimaan Negara secara Elektronik (MPN, kode billing)",
  unconfirmed = { minutes = TRIED.minutes, completion = TRIED.completion },
}

-- Dua loket: prioritas didahulukan, tetapi setelah dua panggilan prioritas
-- berturut-turut satu nomor reguler dipanggil; transaksi teller singkat.
agency:route { priority_first = true, regular_after_priority = 2 }
