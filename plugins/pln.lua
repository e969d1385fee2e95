-- PT PLN (Persero) UP3 Purwokerto, ULP Purbalingga: di loket MPP menerima
-- permohonan pasang baru, perubahan daya, penyambungan sementara, balik
-- nama, migrasi ke prabayar, perubahan tarif, pemindahan kWh meter,
-- penyambungan kembali, berhenti berlangganan dan PLTS atap, serta
-- pengaduan gangguan, tagihan, kWh meter prabayar dan subsidi listrik.
-- Sebagian besar permohonan juga dapat diajukan sendiri melalui aplikasi
-- PLN Mobile; petugas MPP membantu mengajukannya.
--
-- Sumber (diperiksa 2026-11):
--   * Permen ESDM 27/2017 tentang Tingkat Mutu Pelayanan dan Biaya yang
--     Terkait dengan Penyaluran Tenaga Listrik oleh PT PLN (Persero), Pasal
--     9-11 dan Lampiran I (biaya penyambungan): basishukum.com/permenesdm/
--     27/2017/III; nominal per daya dikutip antaranews, tempo.co (2025),
--     orasi.id (2025-08) dan trenenergi.com: 450 VA Rp421.000, 900 VA
--     Rp843.000, 1.300 VA Rp1.218.000, 2.200 VA Rp2.062.000, di atas 2.200
--     VA s.d. 100 kVA Rp969/VA;
--   * Permen ESDM 28/2016 tentang Tarif Tenaga Listrik yang Disediakan oleh
--     PT PLN (Persero) sebagaimana telah beberapa kali diubah; Peraturan
--     Direksi PT PLN 0133.P/DIR/2019 tentang Pedoman Tata Usaha Konsumen
--     (id.scribd.com/document/718901141);
--   * persyaratan tambah daya: indonesia.go.id/layanan/kependudukan/ekonomi/
--     cara-tambah-daya-listrik-pln; persyaratan pasang baru dan SLO:
--     caraflexi.blogspot.com (syarat permintaan pemasangan meteran);
--   * Permen ESDM 2/2024 tentang PLTS Atap; Permen ESDM 29/2016 tentang
--     Mekanisme Pemberian Subsidi Tarif Tenaga Listrik untuk Rumah Tangga.
--   * (diperiksa 2026-12) Permen ESDM 27/2017 Pasal 2 (13 indikator tingkat
--     mutu pelayanan, TMP), Pasal 3 (besaran TMP diumumkan tiap unit tiap
--     awal triwulan) dan Pasal 4 ayat (1) (kecepatan sambungan baru tegangan
--     rendah): basishukum.com/permenesdm/27/2017/II; angka 5/15/25 hari
--     kerja (tanpa perluasan jaringan / dengan perluasan / dengan tambahan
--     trafo) pada Lampiran Kepdirjen Ketenagalistrikan 50 K/23/DJL.3/2017
--     (studylibid.com/doc/1022319) dan bogor-today.com (2016, Permen ESDM
--     8/2016, aturan pendahulu). Dipakai untuk jangka waktu pasang baru.
--   * (2026-12) Lampiran Kepdirjen Ketenagalistrikan 50
--     K/23/DJL.3/2017 memuat besaran TMP yang diterbitkan untuk PLN Area
--     Pontianak (Wilayah Kalimantan Barat, 2017, triwulan I): perubahan daya
--     TR 5/30/60 hari kerja, menanggapi pengaduan gangguan 1 jam, koreksi
--     kesalahan rekening 1 hari kerja (studylibid.com/doc/1022319). PLN adalah
--     penyelenggara nasional dan indikator TMP berlaku sama di semua unit
--     (Permen ESDM 27/2017 Pasal 2), maka angka itu dipakai sebagai standar
--     terbit kantor PLN lain untuk layanan nasional yang sama, sampai papan TMP
--     ULP Purbalingga/UP3 Purwokerto diperoleh (besaran per unit dan per
--     triwulan dapat berbeda).
--   * (2026-12) dokumen pengaduan subsidi listrik rumah tangga: jawaban resmi
--     Dinas ESDM Provinsi Jawa Tengah di laporgub.jatengprov.go.id (aduan
--     LGWP50485021, 01/02/2019) dan keterangan Humas PLN UIW Sulselrabar 2017
--     (kolakaposnews.fajar.co.id), keduanya menurut Permen ESDM 29/2016.
--
-- Ditambahkan 2026-12: alur dan batas waktu persetujuan PLTS atap (30 hari kalender setelah
-- periode pendaftaran Januari/Juli ditutup) menurut Permen ESDM 2/2024 Pasal 14-15; alur
-- pemindahan kWh meter menurut keterangan EVP Komunikasi Korporat PT PLN (Persero) (VOI,
-- 09-02-2023): lapor resmi, survei, biaya menurut material, bayar dengan nomor register.
--
-- Belum terkonfirmasi: persyaratan penyambungan sementara, balik nama,
-- perubahan tarif, pindah kWh meter dan PLTS atap (hanya berita/blog atau
-- pasal yang tidak terbaca, dicari lagi 2026-12); waktu layanan di loket
-- semua layanan (PLN tidak
-- menerbitkannya; dicari lagi 2026-12: kompilasi standar
-- pelayanan MPP, SIPPN, standar PLN UP3/ULP di provinsi mana pun, Perdir
-- PLN 0133.P/DIR/2019 dan berita PLN - tanpa hasil); jangka waktu
-- layanan selain pasang baru, perubahan daya, pengaduan gangguan, koreksi
-- rekening (bukan indikator TMP) dan persetujuan PLTS atap; biaya perubahan daya (dihitung dari selisih
-- biaya penyambungan daya lama dan baru), biaya pemindahan kWh meter,
-- perubahan tarif dan penyambungan sementara (tarif layanan khusus) tidak
-- ditemukan dalam teks peraturan yang terbaca; ditandai per layanan.
-- Dicari lagi 2026-12 (standar gerai PLN di MPP Denpasar/Banyuwangi, SIPPN): tanpa
-- sumber baru untuk menit, persyaratan atau jangka waktu.

local BASIS = "UU 30/2009 tentang Ketenagalistrikan jo. UU 6/2023; UU 8/1999 " ..
  "tentang Perlindungan Konsumen; Permen ESDM 27/2017 tentang Tingkat Mutu " ..
  "Pelayanan dan Biaya yang Terkait dengan Penyaluran Tenaga Listrik oleh PT PLN " ..
  "(Persero) sebagaimana telah diubah"
local TARIFF = "Permen ESDM 28/2016 tentang Tarif Tenaga Listrik yang Disediakan " ..
  "oleh PT PLN (Persero) sebagaimana telah beberapa kali diubah"
local TUK = "Peraturan Direksi PT PLN (Persero) 0133.P/DIR/2019 tentang Pedoman " ..
  "Tata Usaha Konsumen"
local COMPLAINT = "PLN Contact Center 123 (telepon kode area + 123); aplikasi PLN " ..
  "Mobile; loket PLN ULP Purbalingga; SP4N-LAPOR! (www.lapor.go.id)"
local BP_TABLE = "Biaya penyambungan (Permen ESDM 27/2017 Lampiran I): 450 VA " ..
  "Rp421.000; 900 VA Rp843.000; 1.300 VA Rp1.218.000; 2.200 VA Rp2.062.000; " ..
  "di atas 2.200 VA s.d. 100 kVA Rp969/VA"
local BP_SRC = "https://www.basishukum.com/permenesdm/27/2017/III; https://tempo.co/ekonomi/biaya-pemasangan-listrik-baru-pln-2025--1208812; https://orasi.id/2025/08/biaya-pasang-baru-listrik-pln-agustus-2025-mulai-rp-421-000-sesuai-daya-dan-sistem-layanan"
local PINDAH_APP_SRC = "https://voi.id/ja/keizai/252814 (VOI 09-02-2023, keterangan Gregorius Adi Trianto, " ..
  "EVP Komunikasi Korporat dan TJSL PT PLN (Persero): lapor lewat PLN Mobile atau kantor layanan PLN, " ..
  "dilarang memindah sendiri, survei petugas, jawaban dan biaya menurut material hasil survei, bayar dengan " ..
  "nomor register resmi lewat PLN Mobile/PPOB/marketplace, bukan kepada petugas)"
local TUK_SRC = "https://id.scribd.com/document/718901141/Sop-Pemutusan (Perdir PLN 0133.P/DIR/2019)"
local CUSTOMER_ID = "ID pelanggan atau nomor meter"
-- Besaran TMP yang diterbitkan untuk kantor PLN lain (layanan nasional yang sama);
-- besaran ULP Purbalingga/UP3 Purwokerto tidak ditemukan.
local TMP_PTK = "Kepdirjen Ketenagalistrikan 50 K/23/DJL.3/2017 Lampiran, Besaran TMP PT PLN (Persero) " ..
  "Tahun 2017, Wilayah Kalimantan Barat, Area Pontianak, triwulan I " ..
  "(https://studylibid.com/doc/1022319/besaran-tingkat-mutu-pelayanan-pt-pln--persero--tahun): " ..
  "standar terbit kantor PLN di Kalimantan Barat untuk layanan nasional yang sama; " ..
  "indikator menurut Permen ESDM 27/2017 Pasal 2"

-- What was looked up for each fact the services below leave unconfirmed
-- (`mppctl facts pln` lists them per service).
local TRIED = {
  requirements = "Persyaratan dari laman PLN yang dikutip media (diperiksa 2026-11). Dicari 2026-12: " ..
    "standar pelayanan PLN UP3/ULP di Jawa Tengah atau di MPP kabupaten tetangga dengan persyaratan " ..
    "per layanan tidak ditemukan. Dicari lagi 2026-12 (khusus persyaratan): Permen ESDM 2/2024 di " ..
    "pasal.id (hanya Pasal 1 dan Pasal 15 yang terbaca; Pasal 14 tentang isi permohonan PLTS atap tidak) " ..
    "dan syarat balik nama di berita (medcom.id, kepriupdate.com: Bright PLN Batam, anak usaha di luar " ..
    "Jawa Tengah) - bukan standar PLN UP3/ULP yang diterbitkan, jadi tidak dipakai. Dicari lagi " ..
    "2026-12: standar pelayanan PLN UP3/ULP di provinsi mana pun (SIPPN, MPP) dengan persyaratan per " ..
    "layanan tidak ditemukan; berita PLN UID Jawa Timur (2020) hanya memuat syarat pengaduan tagihan. " ..
    "Dicari lagi 2026-12 (khusus persyaratan): Permen ESDM 2/2024 Pasal 14 (isi permohonan PLTS atap) masih " ..
    "tidak terbaca - pasal.id hanya Pasal 1 dan 15, sosialisasi Dinas ESDM Jawa Timur 04/04/2024 dan berita " ..
    "validnews/sindonews tanpa daftar dokumen; syarat balik nama hanya dari berita/blog properti (cnnindonesia " ..
    "lewat layarlensa.info, medcom.id, mamikos.com, masterumah.id) - bukan terbitan PLN, jadi tidak dipakai; " ..
    "untuk penyambungan sementara, perubahan tarif dan pindah kWh meter tidak ada standar PLN yang terbaca. " ..
    "Dicari lagi 2026-12: laman layanan pln.co.id dengan daftar dokumen balik nama tidak ditemukan (yang ada " ..
    "hanya socialwarta/kelasteknisi mengutip konsultan properti); formulir permohonan PLTS atap yang terbaca " ..
    "(identitas, NIK, NPWP, daya, badan usaha pemasang, diagram satu garis) adalah Lampiran Permen ESDM " ..
    "26/2021 (123dok) yang sudah diganti Permen ESDM 2/2024, jadi tidak dipakai; SIPPN PLN tidak ditemukan. " ..
    "Dicari lagi 2026-12: standar gerai PLN di MPP dengan persyaratan balik nama/perubahan tarif " ..
    "tidak ditemukan (hanya skripsi PLN Area Surakarta dan blog tata usaha pelanggan).",
  procedure = "Alur dari laman PLN yang dikutip media (diperiksa 2026-11). Dicari 2026-12: standar " ..
    "pelayanan PLN UP3/ULP di Jawa Tengah dengan alur per layanan tidak ditemukan. Dicari lagi " ..
    "2026-12: standar PLN UP3/ULP di provinsi mana pun (SIPPN, MPP) dengan alur per layanan juga tidak " ..
    "ditemukan; laman yang terbaca hanya alur pasang baru/tambah daya lewat PLN Mobile.",
  minutes = "PLN tidak menerbitkan waktu loket per layanan. Dicari 2026-12: Permen ESDM 27/2017 " ..
    "Pasal 2 (13 indikator TMP) tidak memuat waktu di loket; standar pelayanan PLN di MPP " ..
    "kabupaten Jawa Tengah dengan satuan menit tidak ditemukan; perlu konfirmasi ULP Purbalingga. " ..
    "Dicari lagi 2026-12 (PLN layanan nasional, kantor mana pun boleh): kompilasi standar pelayanan " ..
    "MPP yang memuat gerai PLN, SIPPN (hanya jasa listrik pelabuhan perikanan KKP, bukan PLN), " ..
    "Kepdirjen 50 K/23/DJL.3/2017 (TMP dalam hari/jam, bukan menit loket) dan Kep DJLPE " ..
    "114-12/39/600.2/2002 (hanya pembukaan terbaca) - tidak ada waktu pelayanan di loket dalam menit. " ..
    "Dicari lagi 2026-12: halaman standar pelayanan PLN UP3/ULP mana pun dengan kata 'Jangka Waktu " ..
    "Pelayanan' dan 'menit', halaman layanan PLN di MPP, Perdir PLN 0133.P/DIR/2019 (id.scribd.com, " ..
    "hanya bagian awal terbaca) dan berita PLN (PLN UID Jawa Timur 2017 dan 2020, PLN UP3 Ambon 2020): " ..
    "semuanya memuat hari kerja/jam atau jam buka loket, tidak ada waktu layanan di loket dalam menit. " ..
    "Dicari lagi 2026-12: halaman SIPPN dan laman layanan PLN di MPP untuk layanan PLN ULP (pasang baru, " ..
    "perubahan daya, balik nama): hanya blog, skripsi PLN Area Surakarta dan berita PLN Mobile, " ..
    "tanpa waktu loket. Dicari lagi 2026-12: standar gerai PLN di MPP (mpp.denpasarkota.go.id, " ..
    "spm.banyuwangikab.go.id) dan SIPPN untuk layanan PLN ULP: tidak ditemukan; yang bermenit hanya " ..
    "jasa listrik pelabuhan perikanan KKP, bukan PLN.",
  completion = "Permen ESDM 27/2017 Pasal 2 hanya menetapkan indikator TMP; besarannya ditetapkan " ..
    "per unit dan diumumkan tiap triwulan (Pasal 3). Dicari 2026-12: besaran TMP UP3 Purwokerto/ULP " ..
    "Purbalingga tidak ditemukan; layanan ini bukan salah satu dari 13 indikator TMP sehingga " ..
    "lampiran Kepdirjen 50 K/23/DJL.3/2017 (Area Pontianak 2017) pun tidak memuatnya (dibaca lagi " ..
    "pada pencarian 2026-12); perlu standar/papan layanan di kantor ULP. Dicari lagi 2026-12: Permen " ..
    "ESDM 27/2017 Bab III-IV (basishukum.com: biaya penyambungan, keterlambatan, tagihan susulan) dan " ..
    "berita PLN tentang pemutusan, penyambungan kembali dan layanan PLN Mobile (detik.com 2020, " ..
    "sonora.id, tribunnews 2023): tidak ada batas waktu penyelesaian untuk layanan ini. " ..
    "Dicari lagi 2026-12: standar gerai PLN di MPP dan SIPPN dengan jangka waktu layanan ini " ..
    "tidak ditemukan.",
  fee = "Biaya layanan ini menurut Permen ESDM tentang tarif tenaga listrik tidak terbaca " ..
    "(diperiksa 2026-11; 2026-12: Permen ESDM 27/2017 Pasal 9-10 hanya merujuk Lampiran I " ..
    "untuk sambungan baru/tambah daya).",
}

local agency = mpp.agency {
  id = "pln",
  name = "PT PLN (Persero) UP3 Purwokerto - ULP Purbalingga",
  short = "PLN",
  kind = "BUMN",
  prefix = "Q",
  counters = { 28 },
}

agency:service {
  id = "pasang-baru",
  name = "Permohonan Pasang Baru Listrik",
  requirements = {
    "Fotokopi KTP pemohon (akta pendirian dan NPWP bagi badan usaha)",
    "Alamat lengkap dan titik lokasi/denah bangunan",
    "Nomor Identitas Instalasi (NIDI) dan Sertifikat Laik Operasi (SLO) instalasi rumah dari instalatir dan lembaga inspeksi terakreditasi",
    "Surat kuasa bermeterai jika diwakilkan",
  },
  procedure = {
    "Ambil nomor antrean; petugas membantu mengisi permohonan di PLN Mobile/aplikasi pelayanan PLN",
    "Pilih daya dan jenis layanan (prabayar atau pascabayar); terima nomor registrasi dan rincian biaya",
    "Bayar biaya penyambungan melalui bank/kanal pembayaran dengan nomor registrasi",
    "Tandatangani Surat Perjanjian Jual Beli Tenaga Listrik (SPJBTL)",
    "Petugas PLN memasang kWh meter dan menyalakan listrik",
  },
  minutes = 20,
  completion = { days = 5, note = "tanpa perluasan jaringan; 15 hari kerja bila perlu " ..
    "perluasan jaringan, 25 hari kerja bila perlu tambahan trafo" },
  fee = 421000,
  fee_note = "Mulai Rp421.000 (450 VA). " .. BP_TABLE .. ". Direksi PLN dapat " ..
    "menetapkan biaya lebih rendah (Pasal 10 ayat 2). Prabayar: ditambah token perdana; " ..
    "pascabayar: ditambah uang jaminan langganan. SLO dibayar kepada lembaga inspeksi",
  product = "Sambungan listrik baru, kWh meter dan ID pelanggan",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS .. " (Pasal 9-11); UU 30/2009 Pasal 44 ayat (4) (instalasi wajib SLO); " ..
    TARIFF .. "; " .. TUK,
  priority = true,
  source = {
    BP_SRC .. "; https://caraflexi.blogspot.com/2018/10/syarat-syarat-permintaan-pemasangan.html; " .. TUK_SRC,
    -- PLN Distribusi Jawa Timur (jpnn.com 2017) menyebut pola 3-15-25 hari (bukan 5-15-25);
    -- besaran TMP per unit dapat berbeda, perlu papan TMP ULP Purbalingga.
    -- Pasal 4 ayat (1) terbaca sampai "dilaksanakan dalam jangka ..."; angkanya dari
    -- lampiran Kepdirjen dan berita aturan pendahulu (diperiksa 2026-12).
    completion = "Permen ESDM 27/2017 Pasal 2 huruf h dan Pasal 4 ayat (1) " ..
      "(https://www.basishukum.com/permenesdm/27/2017/II); 5/15/25 hari kerja: Kepdirjen " ..
      "Ketenagalistrikan 50 K/23/DJL.3/2017 Lampiran " ..
      "(https://studylibid.com/doc/1022319/besaran-tingkat-mutu-pelayanan-pt-pln--persero--tahun); " ..
      "https://bogor-today.com/2016/04/ada-kompensasi-dan-bonus-bagi-pelanggan-pln/ (Permen ESDM 8/2016)",
  },
  unconfirmed = { minutes = TRIED.minutes },
}

agency:service {
  id = "perubahan-daya",
  name = "Perubahan Daya (Tambah atau Turun Daya)",
  requirements = {
    CUSTOMER_ID,
    "Fotokopi rekening listrik terakhir (pascabayar) atau nomor meter (prabayar)",
    "Fotokopi KTP pemohon; surat kuasa jika bukan pelanggan terdaftar",
    "SLO instalasi bila instalasi rumah diubah untuk daya baru",
  },
  procedure = {
    "Ambil nomor antrean dan ajukan daya yang diinginkan",
    "Terima nomor registrasi dan rincian biaya; bayar melalui kanal pembayaran",
    "Petugas PLN mengganti pembatas/kWh meter sesuai daya baru",
  },
  minutes = 15,
  -- Angka TMP yang diterbitkan untuk PLN Area Pontianak (Kalimantan Barat, 2017) untuk layanan
  -- nasional yang sama; TMP ULP Purbalingga belum diperoleh.
  completion = { days = 5, note = "tanpa perluasan jaringan; 30 hari kerja bila perlu " ..
    "perluasan jaringan, 60 hari kerja bila perlu tambahan trafo" },
  fee = 0,
  fee_note = "Tambah daya dikenai biaya penyambungan menurut Permen ESDM 27/2017 " ..
    "Lampiran I, dihitung dari selisih biaya penyambungan daya baru dan daya lama. " ..
    BP_TABLE,
  product = "Daya tersambung baru",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS .. " (Pasal 9 ayat 1: perubahan daya dikenai biaya penyambungan); " .. TUK,
  priority = true,
  source = {
    "https://indonesia.go.id/layanan/kependudukan/ekonomi/cara-tambah-daya-listrik-pln; " .. BP_SRC,
    completion = "Permen ESDM 27/2017 Pasal 2 huruf j (kecepatan perubahan daya TR, hari kerja); " ..
      TMP_PTK .. " (PD TR 5/30/60 hari kerja)",
  },
  unconfirmed = {
    minutes = TRIED.minutes,
    fee = "Permen ESDM 27/2017 Pasal 9 ayat (1) dan Pasal 10 ayat (1) (basishukum.com, dibaca " ..
      "2026-12): perubahan daya dikenai Biaya Penyambungan menurut Lampiran I; cara hitung selisih " ..
      "daya lama dan baru tidak terbaca di teks yang tersedia.",
  },
}

agency:service {
  id = "penyambungan-sementara",
  name = "Penyambungan Sementara (Layanan Multiguna untuk Acara/Proyek)",
  requirements = {
    "Fotokopi KTP pemohon",
    "Alamat lokasi, daya yang dibutuhkan, tanggal dan lama pemakaian",
    "Izin acara atau keterangan kegiatan dari desa/kelurahan bila diperlukan",
  },
  procedure = {
    "Ambil nomor antrean dan ajukan permohonan paling lambat beberapa hari sebelum acara",
    "Petugas menghitung kebutuhan energi dan biaya",
    "Bayar di muka; petugas memasang sambungan sementara dan membongkarnya setelah selesai",
  },
  minutes = 15,
  completion = { days = 3 },
  fee = 0,
  fee_note = "Dibayar di muka menurut tarif layanan khusus (Permen ESDM 28/2016) dan " ..
    "biaya pemasangan yang ditetapkan PLN; besarnya bergantung pada daya dan lama pemakaian",
  product = "Sambungan listrik sementara",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS .. "; " .. TARIFF .. " (tarif layanan khusus); " .. TUK,
  priority = true,
  source = "https://www.yumpu.com/id/document/view/63272874/seluk-beluk-pasang-baru-tambah-daya-listrik-ke-pln (jenis layanan penyambungan sementara); " .. TUK_SRC,
  unconfirmed = {
    requirements = TRIED.requirements,
    minutes = TRIED.minutes,
    completion = TRIED.completion,
    fee = TRIED.fee,
  },
}

agency:service {
  id = "balik-nama",
  name = "Balik Nama Pelanggan",
  requirements = {
    CUSTOMER_ID,
    "Fotokopi KTP pemilik baru",
    "Bukti kepemilikan/penguasaan bangunan (sertifikat, akta jual beli, surat waris atau perjanjian sewa)",
    "Rekening listrik terakhir lunas (pascabayar)",
    "Surat kuasa bermeterai jika diwakilkan",
  },
  procedure = {
    "Ambil nomor antrean dan serahkan berkas",
    "Petugas memeriksa tunggakan dan dokumen",
    "Data pelanggan diubah dan SPJBTL baru ditandatangani",
  },
  minutes = 15,
  completion = { days = 1 },
  fee = 0,
  fee_note = "Tanpa biaya penyambungan; pelanggan pascabayar dapat diminta menyesuaikan uang jaminan langganan",
  product = "Data pelanggan atas nama pemilik baru",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS .. "; " .. TUK,
  priority = true,
  source = "https://triatletalejandro.blogspot.com/2025/07/panduan-lengkap-contoh-surat-kuasa_4.html (dokumen balik nama PLN); " .. TUK_SRC,
  unconfirmed = {
    requirements = TRIED.requirements,
    minutes = TRIED.minutes,
    completion = TRIED.completion,
    fee = TRIED.fee,
  },
}

agency:service {
  id = "migrasi-prabayar",
  name = "Migrasi Pascabayar ke Prabayar (Listrik Pintar)",
  requirements = {
    CUSTOMER_ID,
    "Fotokopi KTP pelanggan",
    "Rekening listrik pascabayar sudah lunas",
  },
  procedure = {
    "Ambil nomor antrean dan ajukan migrasi",
    "Tagihan akhir dan uang jaminan langganan diperhitungkan",
    "Petugas mengganti kWh meter dengan meter prabayar; pelanggan menerima nomor meter",
  },
  minutes = 15,
  completion = { days = 5 },
  fee = 0,
  fee_note = "Tanpa biaya penyambungan karena daya tetap; uang jaminan langganan diperhitungkan dengan tagihan akhir",
  product = "kWh meter prabayar terpasang",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS .. " (Pasal 9 ayat 2: pilihan tarif reguler atau prabayar); " .. TUK,
  priority = true,
  source = "https://www.basishukum.com/permenesdm/27/2017/III (Pasal 9 ayat 2); " .. TUK_SRC,
  unconfirmed = {
    procedure = TRIED.procedure,
    minutes = TRIED.minutes,
    completion = TRIED.completion,
    fee = TRIED.fee,
  },
}

agency:service {
  id = "perubahan-tarif",
  name = "Perubahan Golongan Tarif (Misalnya Rumah Tangga ke Bisnis)",
  requirements = {
    CUSTOMER_ID,
    "Fotokopi KTP pelanggan",
    "Keterangan peruntukan baru (izin usaha/NIB untuk bisnis atau industri)",
  },
  procedure = {
    "Ambil nomor antrean dan ajukan perubahan tarif",
    "Petugas memeriksa peruntukan bangunan",
    "Golongan tarif diubah pada data pelanggan; SPJBTL diperbarui",
  },
  minutes = 15,
  completion = { days = 5 },
  fee = 0,
  fee_note = "Biaya menurut ketentuan Direksi PLN bila perubahan disertai perubahan daya; besarnya belum terkonfirmasi",
  product = "Golongan tarif sesuai peruntukan",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS .. "; " .. TARIFF .. " (golongan tarif R, B, I, S, P); " .. TUK,
  priority = true,
  source = TUK_SRC .. "; Permen ESDM 28/2016 Lampiran (golongan tarif)",
  unconfirmed = {
    requirements = TRIED.requirements,
    procedure = TRIED.procedure,
    minutes = TRIED.minutes,
    completion = TRIED.completion,
    fee = TRIED.fee,
  },
}

agency:service {
  id = "pindah-kwh-meter",
  name = "Pemindahan Letak kWh Meter (APP)",
  requirements = {
    CUSTOMER_ID,
    "Fotokopi KTP pelanggan",
    "Denah letak kWh meter yang diinginkan",
  },
  procedure = {
    "Ambil nomor antrean dan ajukan permohonan resmi kepada PLN (di loket atau lewat PLN Mobile); " ..
      "kWh meter tidak boleh dipindah sendiri atau lewat jasa instalatir",
    "Petugas PLN menyurvei lokasi; PLN menjawab permohonan dan menetapkan biaya menurut material " ..
      "yang diperlukan",
    "Bayar biaya dengan nomor register resmi melalui PLN Mobile, PPOB/bank atau kanal resmi lain, " ..
      "bukan kepada petugas",
    "Petugas PLN memindahkan alat pembatas dan pengukur (APP) ke letak baru",
  },
  minutes = 15,
  completion = { days = 5 },
  fee = 0,
  fee_note = "Biaya menurut jumlah dan jenis material hasil survei PLN, dibayar dengan nomor register " ..
    "resmi; besarnya belum terkonfirmasi",
  product = "kWh meter di letak baru",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS .. "; " .. TUK,
  priority = true,
  -- Ditambahkan 2026-12: alur menurut keterangan EVP Komunikasi Korporat dan TJSL PT PLN (Persero)
  -- (pernyataan kantor pusat PLN untuk layanan nasional yang sama), dimuat VOI 09-02-2023.
  source = {
    TUK_SRC,
    procedure = PINDAH_APP_SRC,
    fee_note = PINDAH_APP_SRC,
  },
  unconfirmed = {
    requirements = TRIED.requirements,
    minutes = TRIED.minutes,
    completion = TRIED.completion,
    fee = TRIED.fee,
  },
}

agency:service {
  id = "pengaduan-gangguan",
  name = "Pengaduan Gangguan Listrik (Padam, Tegangan Tidak Normal, Kabel Putus)",
  requirements = {
    CUSTOMER_ID .. " atau alamat lokasi gangguan",
    "Uraian gangguan dan nomor telepon yang dapat dihubungi",
  },
  procedure = {
    "Ambil nomor antrean dan laporkan gangguan; petugas mencatatnya di PLN Mobile/APKT dan memberi nomor laporan",
    "Regu pelayanan teknik datang dan memperbaiki",
    "Bila tingkat mutu pelayanan tidak terpenuhi, pelanggan berhak atas kompensasi pada tagihan/token berikutnya",
  },
  minutes = 10,
  -- Diubah 2026-12 dari 3 jam (tanpa sumber) menjadi 1 jam: TMP menanggapi pengaduan gangguan
  -- yang diterbitkan untuk PLN Area Pontianak (Kalimantan Barat, 2017), layanan nasional yang sama.
  completion = { hours = 1, note = "batas waktu PLN menanggapi pengaduan gangguan (TMP); lama " ..
    "perbaikan bergantung pada jenis gangguan" },
  fee = 0,
  fee_note = "Gratis untuk gangguan pada jaringan dan APP milik PLN",
  product = "Nomor laporan gangguan dan perbaikan",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS .. " (tingkat mutu pelayanan dan kompensasi)",
  priority = true,
  source = {
    "https://pdfcoffee.com/permen-esdm-no-27-thn-2017-ttg-standar-mutu-pdf-free.html; " .. BP_SRC,
    completion = "Permen ESDM 27/2017 Pasal 2 huruf k (kecepatan menanggapi pengaduan gangguan, " ..
      "jam); " .. TMP_PTK .. " (01:00:00 jam)",
  },
  unconfirmed = {
    minutes = TRIED.minutes,
  },
}

agency:service {
  id = "keberatan-tagihan",
  name = "Pengaduan Tagihan Listrik Pascabayar (Koreksi Rekening)",
  requirements = {
    CUSTOMER_ID,
    "Rekening listrik bulan yang dipersoalkan",
    "Foto angka stand kWh meter terbaru",
  },
  procedure = {
    "Ambil nomor antrean dan sampaikan keberatan",
    "Petugas memeriksa riwayat pemakaian dan foto baca meter",
    "Bila terbukti salah catat, rekening dikoreksi; bila perlu kWh meter diperiksa di lokasi",
  },
  minutes = 15,
  -- Diubah 2026-12 dari 3 hari kerja (tanpa sumber) menjadi 1 hari kerja: TMP waktu koreksi
  -- kesalahan rekening PLN Area Pontianak (Kalimantan Barat, 2017), layanan nasional yang sama.
  completion = { days = 1, note = "waktu koreksi bila terbukti ada kesalahan rekening (TMP)" },
  fee = 0,
  fee_note = "Gratis",
  product = "Koreksi rekening atau penjelasan hasil pemeriksaan",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS .. "; " .. TUK,
  priority = true,
  source = {
    TUK_SRC,
    completion = "Permen ESDM 27/2017 Pasal 2 huruf m (waktu koreksi kesalahan rekening, hari " ..
      "kerja); " .. TMP_PTK .. " (1 hari kerja)",
  },
  unconfirmed = {
    procedure = TRIED.procedure,
    minutes = TRIED.minutes,
  },
}

agency:service {
  id = "kwh-prabayar",
  name = "Pengaduan kWh Meter Prabayar (Token Gagal Masuk, Meter Rusak)",
  requirements = {
    "Nomor meter prabayar",
    "Struk atau bukti pembelian token terakhir",
    "Keterangan pesan galat atau kondisi meter",
  },
  procedure = {
    "Ambil nomor antrean dan sampaikan keluhan",
    "Petugas memeriksa riwayat pembelian token dan status meter",
    "Diberikan token pengganti/reset atau dijadwalkan pemeriksaan dan penggantian meter",
  },
  minutes = 15,
  completion = { days = 1 },
  fee = 0,
  fee_note = "Gratis bila kerusakan bukan karena pelanggan",
  product = "Token pengganti/reset atau kWh meter pengganti",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS .. "; " .. TUK,
  priority = true,
  source = TUK_SRC,
  unconfirmed = {
    procedure = TRIED.procedure,
    minutes = TRIED.minutes,
    completion = TRIED.completion,
    fee = TRIED.fee,
  },
}

agency:service {
  id = "penyambungan-kembali",
  name = "Penyambungan Kembali setelah Pemutusan Sementara",
  requirements = {
    CUSTOMER_ID,
    "Bukti pelunasan tunggakan rekening dan biaya keterlambatan",
  },
  procedure = {
    "Ambil nomor antrean; petugas menampilkan tunggakan",
    "Lunasi tunggakan melalui kanal pembayaran resmi",
    "Petugas menyambung kembali aliran listrik",
  },
  minutes = 10,
  completion = { days = 1 },
  fee = 0,
  fee_note = "Sebesar tunggakan rekening dan biaya keterlambatan; bila sudah dibongkar rampung berlaku ketentuan pasang baru",
  product = "Aliran listrik tersambung kembali",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS .. "; " .. TUK .. " (pemutusan dan penyambungan kembali)",
  priority = true,
  source = TUK_SRC,
  unconfirmed = {
    procedure = TRIED.procedure,
    minutes = TRIED.minutes,
    completion = TRIED.completion,
  },
}

agency:service {
  id = "berhenti-berlangganan",
  name = "Berhenti Berlangganan (Pembongkaran atas Permintaan Pelanggan)",
  requirements = {
    CUSTOMER_ID,
    "Fotokopi KTP pelanggan",
    "Seluruh rekening lunas",
  },
  procedure = {
    "Ambil nomor antrean dan ajukan pemutusan",
    "Tagihan akhir dihitung dan uang jaminan langganan diperhitungkan",
    "Petugas membongkar kWh meter; SPJBTL berakhir",
  },
  minutes = 15,
  completion = { days = 5 },
  fee = 0,
  fee_note = "Tanpa biaya; uang jaminan langganan diperhitungkan dengan tagihan akhir",
  product = "Berita acara pembongkaran dan pengakhiran SPJBTL",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS .. "; " .. TUK,
  priority = true,
  source = TUK_SRC,
  unconfirmed = {
    procedure = TRIED.procedure,
    minutes = TRIED.minutes,
    completion = TRIED.completion,
    fee = TRIED.fee,
  },
}

agency:service {
  id = "plts-atap",
  name = "Permohonan Pemasangan PLTS Atap",
  requirements = {
    CUSTOMER_ID,
    "Spesifikasi sistem PLTS atap dan inverter yang terstandar",
    "SLO instalasi PLTS atap",
    "Permohonan diajukan sesuai kuota pengembangan PLTS atap sistem setempat",
  },
  procedure = {
    "Ambil nomor antrean; ajukan permohonan kepada PLN pada periode pendaftaran Januari atau Juli " ..
      "(masing-masing 30 hari kalender), selama kuota pengembangan PLTS atap sistem setempat tersedia",
    "PLN memverifikasi permohonan menurut urutan masuk dan memberi persetujuan atau penolakan " ..
      "tertulis; tanpa jawaban dalam batas waktu, permohonan dianggap disetujui",
    "Setelah disetujui, sampaikan laporan instalasi (inverter sampai 500 kW) atau urus izin usaha " ..
      "penyediaan tenaga listrik untuk kepentingan sendiri (di atas 500 kW)",
    "PLTS atap dipasang oleh badan usaha yang terdaftar di SI UJANG GATRIK; PLN memasang meter " ..
      "(biaya pengadaan meter ditanggung PLN)",
  },
  minutes = 20,
  completion = { days = 30, note = "persetujuan atau penolakan paling lambat 30 hari kalender setelah " ..
    "periode pendaftaran Januari/Juli ditutup, tanpa jawaban dianggap disetujui (Permen ESDM 2/2024 " ..
    "Pasal 15); pemasangan sesudahnya tidak diberi batas waktu" },
  fee = 0,
  fee_note = "Tanpa biaya permohonan; pelanggan industri dikenai biaya kapasitas menurut Permen ESDM 2/2024",
  product = "Persetujuan dan penyambungan PLTS atap",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS .. "; Permen ESDM 2/2024 tentang Pembangkit Listrik Tenaga Surya " ..
    "Atap yang Terhubung pada Jaringan Tenaga Listrik Pemegang IUPTLU",
  priority = true,
  -- Ditambahkan 2026-12: alur dan batas waktu persetujuan menurut Permen ESDM 2/2024 Pasal 14-15
  -- (teks Pasal 15 di pasal.id; periode pendaftaran, verifikasi urut masuk, laporan/izin dan
  -- pemasang terdaftar menurut paparan Direktur Aneka EBT Ditjen EBTKE pada sosialisasi peraturan
  -- itu, validnews.id 06-03-2024; meter ditanggung PLN menurut sosialisasi Dinas ESDM Jawa Timur
  -- 04-04-2024). Angka 30 di sini hari kalender, bukan hari kerja; 15 hari sebelumnya tidak bersumber.
  source = {
    "Permen ESDM 2/2024 (kuota, permohonan melalui aplikasi, pemeriksaan oleh PLN)",
    procedure = "Permen ESDM 2/2024 Pasal 14 dan 15; " ..
      "https://validnews.id/ekonomi/ingin-pasang-plts-atap-simak-alurnya (sosialisasi Permen ESDM 2/2024 " ..
      "oleh Direktur Aneka EBT Ditjen EBTKE, 05-03-2024); " ..
      "http://esdm.jatimprov.go.id/web/index.php/posting/detail/id/19/title/SOSIALISASI+PERMEN+ESDM+NO+2+TAHUN+2024 " ..
      "(Dinas ESDM Provinsi Jawa Timur, 04-04-2024: periode Januari dan Juli, meter ditanggung pemegang IUPTLU)",
    completion = "Permen ESDM 2/2024 Pasal 15 ayat (1) dan (2), " ..
      "https://pasal.id/en/peraturan/permen/permen-esdm-no-2-tahun-2024/koreksi/9586949",
  },
  unconfirmed = {
    requirements = TRIED.requirements,
    minutes = TRIED.minutes,
    fee = TRIED.fee,
  },
}

agency:service {
  id = "subsidi-listrik",
  name = "Pengaduan Subsidi Listrik Rumah Tangga (450 VA dan 900 VA)",
  requirements = {
    "Formulir Pengaduan Kepesertaan Subsidi Listrik untuk Rumah Tangga (dari kantor desa/kelurahan " ..
      "atau unduhan subsidi.djk.esdm.go.id) yang diisi dan diserahkan lewat kantor desa/kelurahan",
    "Salinan KTP atau surat keterangan domisili",
    "Salinan Kartu Keluarga",
    "Salinan Kartu Keluarga Sejahtera (KKS) atau Kartu Perlindungan Sosial (KPS), bila ada",
    "Bukti bayar rekening listrik atau bukti beli token bagi yang sudah menjadi pelanggan PLN",
    "Bila pindah alamat: bukti bayar/token di alamat lama dan baru, surat keterangan RT/RW dan surat " ..
      "pernyataan yang ditandatangani",
  },
  procedure = {
    "Ambil nomor antrean dan sampaikan pengaduan",
    "Petugas memeriksa data pelanggan dan mencatat pengaduan",
    "Pengaduan diteruskan untuk pencocokan dengan data terpadu kesejahteraan sosial; hasil diumumkan kepada pelanggan",
  },
  minutes = 15,
  completion = { days = 5 },
  fee = 0,
  fee_note = "Gratis",
  product = "Tanda terima pengaduan dan hasil verifikasi",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS .. "; Permen ESDM 29/2016 tentang Mekanisme Pemberian Subsidi " ..
    "Tarif Tenaga Listrik untuk Rumah Tangga; " .. TARIFF,
  priority = true,
  source = {
    "Permen ESDM 29/2016 (pengaduan melalui desa/kelurahan dan posko)",
    -- Mekanisme pengaduan subsidi ditetapkan nasional (Permen ESDM 29/2016, petunjuk teknis
    -- Ditjen Ketenagalistrikan 2016); daftar dokumen dibaca 2026-12 pada dua terbitan berikut.
    requirements = "https://web-dev.laporgub.jatengprov.go.id/detail/LGWP50485021.html (jawaban resmi " ..
      "Dinas ESDM Provinsi Jawa Tengah, 01/02/2019: prosedur dan dokumen pengaduan subsidi listrik " ..
      "rumah tangga miskin); https://kolakaposnews.fajar.co.id/2017/07/03/ada-persyaratan-untuk-mendapatkan-subsidi-listrik/amp " ..
      "(keterangan Humas PT PLN (Persero) UIW Sulselrabar, Sulawesi Selatan, 2017: daftar dokumen yang sama " ..
      "menurut Permen ESDM 29/2016)",
  },
  unconfirmed = {
    procedure = TRIED.procedure,
    minutes = TRIED.minutes,
    completion = TRIED.completion,
  },
}

-- Kelompok prioritas didahulukan; setelah tiga panggilan prioritas berturut-
-- turut satu nomor reguler dipanggil.
agency:route { priority_first = true, regular_after_priority = 3 }
