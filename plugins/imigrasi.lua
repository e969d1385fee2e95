-- Kantor Imigrasi (Unit Layanan Paspor di MPP Purbalingga): melayani
-- permohonan paspor biasa WNI - baru, anak, penggantian karena habis masa
-- berlaku/halaman penuh, hilang, rusak atau perubahan data, paspor calon
-- Pekerja Migran Indonesia -, bantuan pendaftaran M-Paspor, penyerahan
-- paspor jadi, dan konsultasi keimigrasian (izin tinggal orang asing,
-- anak berkewarganegaraan ganda). Permohonan didaftarkan lebih dahulu
-- melalui aplikasi M-Paspor; balita, lansia di atas 60 tahun, ibu hamil
-- dan penyandang disabilitas dapat datang langsung tanpa jadwal
-- (kebijakan Kantor Imigrasi Cilacap, cilacap.goblog.co.id).
--
-- Sumber (diperiksa 2026-11):
--   * PP 45/2024 tentang Jenis dan Tarif PNBP Kementerian Hukum dan HAM,
--     berlaku 18-12-2024: paspor non-elektronik 5 tahun Rp350.000,
--     10 tahun Rp650.000; paspor elektronik 5 tahun Rp650.000, 10 tahun
--     Rp950.000; percepatan selesai hari yang sama Rp1.000.000; biaya
--     beban paspor hilang Rp1.000.000, rusak Rp500.000, dibebaskan bila
--     karena keadaan kahar (anbaliads.com, ntvnews.id; tarif PP 28/2019
--     sebelumnya di imigrasi.go.id/berita/2021/10/05);
--   * persyaratan: laman Ditjen Imigrasi dikutip kompas.com dan
--     palembang.tribunnews.com; paspor anak: surabaya.imigrasi.go.id;
--     penggantian hilang/rusak/perubahan nama: umroh-mandiri.com/la-umroh;
--   * UU 6/2011 tentang Keimigrasian; Permenkumham 8/2014 tentang Paspor
--     Biasa dan SPLP; Permenkumham 18/2022 (paspor berlaku 10 tahun).
--
-- Ditambah 2026-12:
--   * Permenkumham 8/2014 Pasal 22 ayat (1) dan (3) (pasal.id): paspor biasa
--     terbit paling lama 4 hari kerja sejak wawancara; batas ini tidak
--     berlaku untuk penggantian paspor hilang atau rusak;
--   * Permenkumham 8/2014 Pasal 23 (dikutip tanjunguban.imigrasi.go.id):
--     syarat pengambilan paspor oleh pemohon, keluarga atau penerima kuasa;
--   * PP 45/2024 Pasal 5 ayat (1) (republika.co.id): paspor biasa
--     nonelektronik Rp0 bagi calon PMI untuk pertama kali;
--   * SE Dirjen Imigrasi IMI-GR.01.01-0252 Tahun 2023 (tribunnews.com,
--     harita.id, 30/31-08-2023): permohonan paspor PMI tidak lagi memerlukan
--     rekomendasi kementerian/lembaga (menggantikan syarat rekomendasi
--     Disnaker dari SE IMI-0277.GR.02.06 Tahun 2017).
--
-- Belum terkonfirmasi: kantor imigrasi induk yang membuka layanan di MPP
-- Purbalingga (diperkirakan Kantor Imigrasi Kelas II TPI Cilacap); waktu
-- layanan di loket (minutes) semua layanan kecuali paspor baru, paspor anak
-- dan penggantian habis berlaku (lihat "Ditambahkan 2026-12" di bawah); kuota
-- harian (15 permohonan per layanan mengikuti praktik layanan paspor di MPP
-- Kajen oleh Kantor Imigrasi Pemalang, radartegal.disway.id; kuota sebenarnya
-- mengikuti jadwal M-Paspor); jangka waktu bantuan M-Paspor dan konsultasi.
-- Dicari lagi 2026-12 (Kanim Cilacap, Semarang, Pemalang, Wonosobo; lalu
-- kompilasi standar MPP, SIPPN, Keputusan Kakanim Banggai, laman
-- Kanim Batam): tidak ada standar pelayanan yang memuat waktu loket per
-- layanan. Catatan: Kepala Kanim Cilacap menyebut proses di kantor "paling
-- lama 2 jam" sampai paspor diterima (serayunews.com 11-01-2023), berbeda
-- dengan 4 hari kerja yang dipakai di sini; kutipan itu ucapan di berita,
-- bukan standar, sehingga jangka waktu tidak diubah.
--
-- Ditambahkan 2026-12 (imigrasi instansi vertikal; standar kantor imigrasi mana
-- pun untuk layanan paspor nasional yang sama dipakai, dengan nama kantor,
-- provinsi dan tahunnya):
--   * waktu layanan di loket paspor baru, paspor anak dan penggantian paspor
--     habis berlaku: standar Unit Layanan Paspor Kantor Imigrasi Kelas I
--     Semarang (Jawa Tengah, 2016), paling lama 25 menit dari nomor antrean
--     di customer service, pemeriksaan berkas, foto sampai wawancara
--     (disampaikan Kepala Kanim Semarang, harianbrebes.com 15-01-2016);
--     standar ini mendahului M-Paspor;
--   * jangka waktu paspor hilang/rusak: standar "Penggantian Paspor Karena
--     Rusak / Hilang" Kantor Imigrasi Kelas I TPI Denpasar di SIPPN (Kanwil
--     Kemenkumham Bali, tahun tidak tertera): setelah BAP disetujui Kepala
--     Kantor Imigrasi, foto dan wawancara, paspor diambil pada kedatangan
--     kedua (hari keempat); lama BAP sendiri tidak ditetapkan. Kanim Karawang
--     (karawang.imigrasi.go.id) meminta pemohon kembali 3 hari kerja setelah
--     BAP disetujui untuk foto, dan laman Kanim Pamekasan memberi BAP paling
--     lama 2 hari kerja lalu penerbitan 4 hari kerja (mengutip PP 38/2009 yang
--     sudah diganti), jadi praktik antarkantor berbeda; Permenkumham 8/2014
--     Pasal 22 ayat (3) mengecualikan paspor hilang/rusak dari batas 4 hari
--     kerja, sehingga angka 4 hari di sini adalah standar kantor, bukan batas
--     peraturan.
-- Dicari lagi 2026-12 tanpa hasil untuk layanan lain: SIPPN Kanwil Kemenkumham
-- Jawa Tengah "Pelayanan Paspor Baru" dan Kanim Pemalang "Penggantian Paspor
-- karena Hilang", SIPPN Kanwil Aceh (Kanim Takengon: BAP, penggantian
-- hilang/rusak) dan DKI Jakarta: hanya persyaratan dan awal prosedur terbaca,
-- bagian waktu tidak terbaca; standar Kanim Putussibau 2023 (scribd) hanya
-- terbaca komponen pengelolaan.

local BASIS = "UU 6/2011 tentang Keimigrasian; PP 31/2013 tentang Peraturan Pelaksanaan " ..
  "UU 6/2011; Permenkumham 8/2014 tentang Paspor Biasa dan SPLP; PP 45/2024 tentang " ..
  "Jenis dan Tarif PNBP Kementerian Hukum dan HAM"
local COMPLAINT = "Pengaduan Ditjen Imigrasi (www.imigrasi.go.id, media sosial resmi); " ..
  "SP4N-LAPOR! (www.lapor.go.id, SMS 1708)"
local FEE_PASPOR = "PNBP PP 45/2024: paspor non-elektronik 5 tahun Rp350.000, 10 tahun " ..
  "Rp650.000; paspor elektronik 5 tahun Rp650.000, 10 tahun Rp950.000; layanan " ..
  "percepatan selesai hari yang sama Rp1.000.000 (opsional)"
local TARIF_SRC = "https://anbaliads.com/2024/10/28/jokowi-teken-aturan-tarif-paspor-sebelum-lengser-rp-950-ribu-berlaku-10-tahun (PP 45/2024); " ..
  "https://imigrasi.go.id/berita/2021/10/05/catat-berikut-daftar-biaya-resmi-pengurusan-paspor-di-kantor-imigrasi"
local PASAL22 = "Permenkumham 8/2014 Pasal 22 ayat (1): paspor biasa terbit paling lama 4 hari " ..
  "kerja sejak wawancara, https://pasal.id/peraturan/permen/permenkumham-no-8-tahun-2014/koreksi/10548694; " ..
  "https://siplawfirm.id/ini-cara-mudah-bikin-paspor/?lang=id (Permenkumham 18/2022 Pasal 22)"
-- Standar waktu layanan loket ULP Kanim Semarang (Jawa Tengah, 2016): standar terbit
-- kantor imigrasi lain untuk layanan paspor nasional yang sama.
local ULP_SMG = "https://www.harianbrebes.com/2016/01/15/cara-mengurus-paspor-di-semarang-cukup-15-menit-proses-dan-tiga-hari-jadi/ " ..
  "(standar Unit Layanan Paspor Kantor Imigrasi Kelas I Semarang, Jawa Tengah, 2016, disampaikan Kepala " ..
  "Kanim Semarang: paling lama 25 menit dari nomor antrean di customer service, pemeriksaan berkas, foto " ..
  "sampai wawancara, untuk permohonan paspor baru dan perpanjangan)"
-- Standar penggantian paspor hilang/rusak Kanim Denpasar (Bali) di SIPPN: standar terbit
-- kantor imigrasi lain untuk layanan paspor nasional yang sama.
local BAP_DPS = "https://sippn.menpan.go.id/pelayanan-publik/8068907/kanwil-kementerian-hukum-dan-ham-ri-bali/penggantian-paspor-karena-rusak--hilang " ..
  "(standar pelayanan Kantor Imigrasi Kelas I TPI Denpasar, Bali, di SIPPN, tahun tidak tertera: setelah BAP " ..
  "dan persetujuan Kepala Kantor Imigrasi, proses paspor dimulai, lalu pemohon kembali mengambil paspor " ..
  "pada kedatangan kedua, hari keempat)"

local PROC = {
  "Daftar dan pilih jadwal di aplikasi M-Paspor, unggah dokumen, bayar kode billing",
  "Datang sesuai jadwal, ambil nomor antrean dan serahkan dokumen asli",
  "Pemeriksaan dokumen, foto, perekaman sidik jari dan wawancara",
  "Paspor terbit sekitar 4 hari kerja setelah wawancara dan diambil di loket penyerahan",
}

-- What was looked up for each fact the services below leave unconfirmed
-- (`mppctl facts imigrasi` lists them per service).
local TRIED = {
  minutes = "Dicari 2026-12: standar pelayanan kantor imigrasi induk MPP Purbalingga (diperkirakan " ..
    "Kanim Cilacap) tidak ditemukan; Kanim Semarang, Pemalang dan Cilacap hanya memuat " ..
    "persyaratan dan jam layanan di berita; Kepala Kanim Cilacap menyebut seluruh proses di " ..
    "kantor paling lama 2 jam (serayunews.com 11-01-2023, ucapan, bukan waktu loket per layanan); " ..
    "Keputusan Kakanim Banggai tentang standar pelayanan terpotong sebelum waktu. Dicari lagi " ..
    "2026-12: dicari kompilasi standar pelayanan MPP yang memuat loket imigrasi, halaman SIPPN " ..
    "Kanim, bagian waktu Keputusan Kakanim Banggai (123dok, tetap hanya terbaca pembuka) dan laman " ..
    "Standar Pelayanan Kanim Batam (hanya terbaca menu); Permenkumham 8/2014 Pasal 22-23 hanya " ..
    "mengatur hari kerja dan syarat pengambilan. Tidak ada angka menit per layanan; perlu ditanyakan " ..
    "ke Kanim induk. Dicari lagi 2026-12 (kantor imigrasi mana pun): SIPPN Kanwil Kemenkumham Jawa " ..
    "Tengah 'Pelayanan Paspor Baru', Kanim Pemalang, Kanwil Aceh (Kanim Takengon), Bali (Kanim " ..
    "Denpasar) dan DKI Jakarta, standar Kanim Putussibau 2023 (scribd): bagian waktu tidak terbaca " ..
    "atau hanya hari kerja. Standar ULP Kanim Semarang 2016 (25 menit, harianbrebes.com) hanya meliputi " ..
    "permohonan paspor baru/perpanjangan, tidak layanan ini (BAP, pemeriksaan calon PMI, bantuan " ..
    "M-Paspor, penyerahan atau konsultasi). " ..
    "Dicari lagi 2026-12: halaman SIPPN kantor imigrasi untuk penggantian paspor hilang/rusak dan " ..
    "penyerahan paspor (SIPPN Kanim Pemalang 8059474, Kanwil DKI 8229954 dan Aceh 8092765 terbaca " ..
    "hanya persyaratan dan awal prosedur), FAQ Kanim Karawang dan blog pengalaman pemohon: tidak " ..
    "ada waktu loket dalam menit.",
  completion = "Jangka waktu 4 hari kerja terkonfirmasi untuk penerbitan paspor biasa (liputan6, " ..
    "Kanim Palembang; Permenkumham 8/2014 Pasal 22); untuk layanan ini (bantuan/konsultasi di loket) " ..
    "tidak ditemukan angka; dicari 2026-12 di laman-laman publik (standar pelayanan kantor imigrasi " ..
    "di Purbalingga dan Jawa Tengah: Cilacap, Semarang, Pemalang, Wonosobo; kata kunci 'jangka waktu " ..
    "penyelesaian'; dicari lagi: kompilasi standar MPP dan SIPPN, tanpa hasil). Dicari lagi 2026-12: " ..
    "standar layanan informasi/customer service kantor imigrasi mana pun; yang terbaca hanya layanan " ..
    "pengaduan orang asing (APOA) Kanwil Kemenkumham Sulawesi Tenggara, 1 hari kerja, bukan layanan ini.",
  quota = "Kuota mengikuti praktik MPP Kajen (radartegal.disway.id); kuota Purbalingga tidak " ..
    "diumumkan (diperiksa 2026-11; dicari lagi 2026-12 tanpa hasil; Kanim Batam menyebut kuota " ..
    "kantornya sendiri, kepri.antaranews.com 2025, tidak berlaku untuk MPP Purbalingga).",
}

local agency = mpp.agency {
  id = "imigrasi",
  name = "Kantor Imigrasi - Unit Layanan Paspor MPP Purbalingga",
  short = "Imigrasi",
  kind = "vertical",
  prefix = "F",
  counters = { 16, 17 },
}

agency:service {
  id = "paspor-baru",
  name = "Permohonan Paspor Baru (Dewasa)",
  requirements = {
    "KTP-el yang masih berlaku",
    "Kartu Keluarga",
    "Akta kelahiran, akta perkawinan/buku nikah, ijazah, atau surat baptis (memuat nama, tempat dan tanggal lahir)",
    "Surat penetapan ganti nama dari pejabat berwenang (bagi yang telah berganti nama)",
    "Dokumen asli dan fotokopi pada kertas A4",
  },
  procedure = PROC,
  minutes = 25,                    -- 20 -> 25: standar ULP Kanim Semarang (Jawa Tengah, 2016)
  completion = { days = 4, note = "layanan percepatan selesai hari yang sama dengan tambahan PNBP Rp1.000.000" },
  fee = 350000,
  fee_note = FEE_PASPOR,
  product = "Paspor biasa RI",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS,
  quota = 15,
  priority = true,
  source = {
    "https://palembang.tribunnews.com/2023/05/24/cara-membuat-paspor-untuk-anak-di-kantor-imigrasi-apa-saja-syaratnya; " ..
      "https://kreatornews.com/prosedur-pembuatan-paspor-sesuai-regulasi-terbaru-humas-imigrasi-cirebon-imbau-masyarakat-tak-tertipu-calo/; " .. TARIF_SRC,
    completion = "https://liputan6.com/amp/2439349/pengurusan-paspor-di-sumsel-cukup-sehari (paspor " ..
      "diambil paling lama 4 hari kerja setelah foto dan wawancara); " ..
      "https://parboaboa.id/pembuatan-paspor-di-pematang-siantar (SE Dirjen Imigrasi " ..
      "IMI-1635.GR.01.01 Tahun 2019: percepatan selesai hari yang sama)",
    -- standar terbit Kanim Semarang untuk layanan paspor nasional yang sama
    minutes = ULP_SMG,
  },
  unconfirmed = { quota = TRIED.quota },
  -- Antrean daring (kebijakan MPP, bukan ketentuan instansi): paspor dilayani dengan kuota harian; pemohon yang memesan slot datang pada jamnya, 20% kuota tetap untuk datang langsung.
  booking = { slot_minutes = 60, capacity = 3, days_ahead = 14, walkin_share = 20,
              checkin_before = 30, checkin_after = 15 },
  -- Urutan kunjungan (tests/journeys/paspor-tanpa-kk.txt): paspor memerlukan KTP-el
  --   dan KK (Permenkumham 8/2014 jo. Permenkumham 18/2022, persyaratan paspor
  --   biasa huruf a dan b, dikutip
  --   https://cirebon.inews.id/read/180126/masa-berlaku-paspor-berubah-berikut-peraturan-kemenkumham-2022/2;
  --   nomor pasalnya belum terbaca), jadi layanan KK Dukcapil lebih dulu bila
  --   KK belum ada. Akta kelahiran di
  --   `needs` sebenarnya satu pilihan di antara akta perkawinan/buku nikah,
  --   ijazah atau surat baptis (lihat requirements).
  needs = { "ktp-el", "kk", "akta-kelahiran" },
  gives = { "paspor" },
}

agency:service {
  id = "paspor-anak",
  name = "Permohonan Paspor Anak (di bawah 17 tahun dan belum menikah)",
  requirements = {
    "KTP-el ayah dan ibu",
    "Kartu Keluarga",
    "Akta kelahiran anak",
    "Akta perkawinan atau buku nikah orang tua",
    "Paspor orang tua (bagi yang memiliki) dan paspor lama anak (bila ada)",
    "Surat pernyataan kedua orang tua bertanggung jawab atas penggunaan paspor (penetapan hak asuh bila bercerai)",
    "Kedua orang tua hadir mendampingi (atau surat kuasa bila salah satu berhalangan)",
  },
  procedure = {
    "Orang tua mendaftarkan anak di aplikasi M-Paspor (balita dapat datang langsung)",
    "Orang tua dan anak datang, ambil nomor antrean, serahkan dokumen asli",
    "Pemeriksaan dokumen, foto anak dan wawancara orang tua",
    "Paspor terbit sekitar 4 hari kerja dan diambil di loket penyerahan",
  },
  minutes = 25,                    -- standar ULP Kanim Semarang (Jawa Tengah, 2016): paling lama 25 menit
  completion = { days = 4, note = "layanan percepatan selesai hari yang sama dengan tambahan PNBP Rp1.000.000" },
  fee = 350000,
  fee_note = FEE_PASPOR,
  product = "Paspor biasa RI untuk anak",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS,
  quota = 15,
  priority = true,
  source = {
    "http://surabaya.imigrasi.go.id/development/index.php/persyaratan-bagi-paspor-anak; " ..
      "https://yogyakarta.kompas.com/read/2023/05/04/211343478/cara-pembuatan-paspor-anak-syarat-alur-biaya-dan-masa-berlaku; " .. TARIF_SRC,
    completion = "https://liputan6.com/amp/2439349/pengurusan-paspor-di-sumsel-cukup-sehari (paspor " ..
      "diambil paling lama 4 hari kerja setelah foto dan wawancara); " ..
      "https://parboaboa.id/pembuatan-paspor-di-pematang-siantar (SE Dirjen Imigrasi " ..
      "IMI-1635.GR.01.01 Tahun 2019: percepatan selesai hari yang sama)",
    -- standar terbit Kanim Semarang untuk layanan paspor nasional yang sama (paspor baru)
    minutes = ULP_SMG,
  },
  unconfirmed = { quota = TRIED.quota },
}

agency:service {
  id = "paspor-penggantian",
  name = "Penggantian Paspor karena Habis Masa Berlaku atau Halaman Penuh",
  requirements = {
    "KTP-el yang masih berlaku",
    "Paspor lama",
  },
  procedure = PROC,
  minutes = 25,                    -- 15 -> 25: standar ULP Kanim Semarang (Jawa Tengah, 2016)
  completion = { days = 4, note = "layanan percepatan selesai hari yang sama dengan tambahan PNBP Rp1.000.000" },
  fee = 350000,
  fee_note = FEE_PASPOR,
  product = "Paspor biasa RI pengganti",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS,
  quota = 15,
  priority = true,
  source = {
    "https://cilacap.goblog.co.id/permohonan-paspor-kantor-imigrasi-cilacap-didominasi-pelaut; " ..
      "https://umroh-mandiri.com/la-umroh; " .. TARIF_SRC,
    completion = "https://liputan6.com/amp/2439349/pengurusan-paspor-di-sumsel-cukup-sehari (paspor " ..
      "diambil paling lama 4 hari kerja setelah foto dan wawancara); " ..
      "https://parboaboa.id/pembuatan-paspor-di-pematang-siantar (SE Dirjen Imigrasi " ..
      "IMI-1635.GR.01.01 Tahun 2019: percepatan selesai hari yang sama)",
    -- standar terbit Kanim Semarang untuk layanan paspor nasional yang sama (perpanjangan)
    minutes = ULP_SMG,
  },
  unconfirmed = { quota = TRIED.quota },
  -- Antrean daring (kebijakan MPP, bukan ketentuan instansi): paspor dilayani dengan kuota harian; pemohon yang memesan slot datang pada jamnya, 20% kuota tetap untuk datang langsung.
  booking = { slot_minutes = 60, capacity = 3, days_ahead = 14, walkin_share = 20,
              checkin_before = 30, checkin_after = 15 },
}

agency:service {
  id = "paspor-hilang",
  name = "Penggantian Paspor karena Hilang",
  requirements = {
    "KTP-el",
    "Kartu Keluarga",
    "Akta kelahiran, buku nikah, ijazah, atau surat baptis",
    "Surat keterangan lapor kehilangan dari kepolisian",
    "Surat keterangan keadaan kahar dari pejabat berwenang (untuk pembebasan biaya beban)",
  },
  procedure = {
    "Daftar di aplikasi M-Paspor dan datang sesuai jadwal",
    "Pemeriksaan dokumen dan Berita Acara Pemeriksaan (BAP) kehilangan",
    "Bayar biaya beban dan PNBP paspor",
    "Foto, sidik jari dan wawancara; paspor terbit setelah pemeriksaan selesai",
  },
  minutes = 30,
  completion = { days = 4, note = "paspor diambil pada hari keempat setelah foto dan wawancara, yang baru " ..
    "dilakukan setelah BAP kehilangan disetujui Kepala Kantor Imigrasi; lama BAP tidak ditetapkan" },
  fee = 1350000,
  fee_note = "Biaya beban paspor hilang Rp1.000.000 (Rp0 bila keadaan kahar) ditambah " .. FEE_PASPOR,
  product = "Paspor biasa RI pengganti",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS,
  quota = 15,
  priority = true,
  source = {
    "https://www.idxchannel.com/milenomic/cara-urus-paspor-hilang-atau-rusak-beserta-syarat-dan-biayanya/6; " ..
      "https://umroh-mandiri.com/la-umroh; " .. TARIF_SRC,
    -- standar terbit Kanim Denpasar untuk layanan paspor nasional yang sama
    completion = BAP_DPS,
  },
  unconfirmed = { minutes = TRIED.minutes, quota = TRIED.quota },
}

agency:service {
  id = "paspor-rusak",
  name = "Penggantian Paspor karena Rusak",
  requirements = {
    "KTP-el",
    "Kartu Keluarga",
    "Akta kelahiran, buku nikah, ijazah, atau surat baptis",
    "Paspor lama yang rusak",
    "Surat keterangan keadaan kahar dari pejabat berwenang (untuk pembebasan biaya beban)",
  },
  procedure = {
    "Daftar di aplikasi M-Paspor dan datang sesuai jadwal",
    "Pemeriksaan paspor rusak dan BAP",
    "Bayar biaya beban dan PNBP paspor",
    "Foto, sidik jari dan wawancara; paspor terbit setelah pemeriksaan selesai",
  },
  minutes = 25,
  completion = { days = 4, note = "paspor diambil pada hari keempat setelah foto dan wawancara, yang baru " ..
    "dilakukan setelah BAP kerusakan disetujui Kepala Kantor Imigrasi; lama BAP tidak ditetapkan" },
  fee = 850000,
  fee_note = "Biaya beban paspor rusak Rp500.000 (Rp0 bila keadaan kahar) ditambah " .. FEE_PASPOR,
  product = "Paspor biasa RI pengganti",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS,
  quota = 15,
  priority = true,
  source = {
    "https://www.idxchannel.com/milenomic/cara-urus-paspor-hilang-atau-rusak-beserta-syarat-dan-biayanya/6; " ..
      "https://umroh-mandiri.com/la-umroh; " .. TARIF_SRC,
    -- standar terbit Kanim Denpasar untuk layanan paspor nasional yang sama
    completion = BAP_DPS,
  },
  unconfirmed = { minutes = TRIED.minutes, quota = TRIED.quota },
}

agency:service {
  id = "paspor-perubahan-data",
  name = "Penggantian Paspor karena Perubahan Data (nama, data pribadi)",
  requirements = {
    "KTP-el dan Kartu Keluarga dengan data baru",
    "Akta kelahiran, buku nikah, ijazah, atau surat baptis",
    "Paspor lama",
    "Surat penetapan ganti nama atau dokumen perubahan data dari pejabat berwenang",
  },
  procedure = PROC,
  minutes = 20,
  completion = { days = 4 },
  fee = 350000,
  fee_note = FEE_PASPOR,
  product = "Paspor biasa RI dengan data baru",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS,
  quota = 15,
  priority = true,
  source = {
    "https://umroh-mandiri.com/la-umroh (penggantian dengan perubahan nama); " .. TARIF_SRC,
    completion = PASAL22 .. " (berlaku untuk semua paspor biasa kecuali pengganti hilang/rusak)",
  },
  unconfirmed = { minutes = TRIED.minutes, quota = TRIED.quota },
}

agency:service {
  id = "paspor-pmi",
  name = "Permohonan Paspor Calon Pekerja Migran Indonesia (PMI)",
  requirements = {
    "KTP-el dan Kartu Keluarga",
    "Akta kelahiran, akta perkawinan/buku nikah, ijazah, atau surat baptis",
    "Paspor lama, bagi yang sudah memiliki",
    "Rekomendasi dari kementerian/lembaga (mis. Disnaker) tidak lagi disyaratkan sejak SE Dirjen " ..
      "Imigrasi IMI-GR.01.01-0252 Tahun 2023",
  },
  procedure = {
    "Daftar di aplikasi M-Paspor dan datang sesuai jadwal",
    "Pemeriksaan dokumen",
    "Foto, sidik jari dan wawancara untuk mencegah penempatan nonprosedural",
    "Paspor terbit dan diambil di loket penyerahan",
  },
  minutes = 25,
  completion = { days = 4 },
  fee = 0,
  fee_note = "Rp0 untuk paspor biasa nonelektronik bagi calon PMI yang mengajukan untuk pertama " ..
    "kali (PP 45/2024 Pasal 5 ayat 1); permohonan berikutnya atau paspor elektronik dikenai tarif " ..
    "umum: " .. FEE_PASPOR,
  product = "Paspor biasa RI untuk Pekerja Migran Indonesia",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS .. "; UU 18/2017 tentang Pelindungan Pekerja Migran Indonesia",
  quota = 15,
  priority = true,
  source = {
    "https://wonosobozone.com/2017/10/25/imigrasi-wonosobo-tunda-penerbitan-ratusan-paspor/ " ..
      "(pemeriksaan paspor calon pekerja nonprosedural); UU 18/2017; " .. TARIF_SRC,
    -- Syarat rekomendasi Disnaker (SE IMI-0277.GR.02.06 Tahun 2017; Kanim Semarang Februari
    -- 2023) dihapus oleh SE Dirjen Imigrasi IMI-GR.01.01-0252 Tahun 2023 (Agustus 2023).
    requirements = "http://fifatourtravel.blogspot.com/2012/11/paspor-biasa-untuk-calon-tenaga-kerja.html " ..
      "(daftar persyaratan paspor calon TKI Ditjen Imigrasi 2012: KTP, KK, akta/ijazah, paspor lama, " ..
      "sedangkan syarat rekomendasi Disnaker dalam daftar itu tidak berlaku lagi); " ..
      "SE Dirjen Imigrasi IMI-GR.01.01-0252 Tahun 2023 (tanpa rekomendasi kementerian/lembaga), dikutip " ..
      "https://jabar.tribunnews.com/2023/08/30/cegah-pekerja-migran-ilegal-ditjen-imigrasi-permudah-persyaratan-pembuatan-paspor; " ..
      "https://harita.id/2023/08/31/dukung-pekerja-migran-indonesia-menjadi-legal-ditjen-imigrasi-permudah-persyaratan-paspor-dan-berlakukan-nol-rupiah",
    completion = PASAL22,
    fee = "PP 45/2024 Pasal 5 ayat (1) (tarif Rp0 paspor biasa nonelektronik bagi calon PMI untuk " ..
      "pertama kali), dikutip https://ekonomi.republika.co.id/berita/slug5d490/tarif-pembuatan-paspor-bakal-naik-ini-daftar-lengkapnya; " ..
      "https://jateng.antaranews.com/amp/berita/496341/imigrasi-semarang-terbitkan-3068-paspor-bagi-pekerja-migran " ..
      "(Kanim Semarang 12-06-2023: paspor PMI yang memenuhi prosedur nol rupiah)",
    fee_note = "PP 45/2024 Pasal 5 ayat (1), dikutip " ..
      "https://ekonomi.republika.co.id/berita/slug5d490/tarif-pembuatan-paspor-bakal-naik-ini-daftar-lengkapnya; " .. TARIF_SRC,
  },
  unconfirmed = {
    minutes = TRIED.minutes,
    quota = TRIED.quota,
  },
}

agency:service {
  id = "bantuan-m-paspor",
  name = "Bantuan Pendaftaran dan Penjadwalan M-Paspor",
  requirements = {
    "KTP-el",
    "Telepon pintar dan alamat surel yang aktif",
    "Dokumen persyaratan paspor untuk difoto/diunggah",
  },
  procedure = {
    "Ambil nomor antrean",
    "Petugas membantu memasang aplikasi M-Paspor, mengisi data dan mengunggah dokumen",
    "Pemohon memilih jadwal dan menerima kode billing pembayaran",
  },
  minutes = 15,
  completion = { at_counter = true },
  fee = 0,
  fee_note = "Bantuan pendaftaran tidak dipungut biaya; PNBP paspor dibayar melalui kode billing",
  product = "Jadwal kedatangan dan kode billing M-Paspor",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS,
  priority = true,
  source = "https://serayunews.com/simak-begini-cara-mengajukan-permohonan-pembuatan-paspor-di-kantor-imigrasi-cilacap",
  unconfirmed = { minutes = TRIED.minutes, completion = TRIED.completion },
}

agency:service {
  id = "penyerahan-paspor",
  name = "Pengambilan Paspor Jadi",
  requirements = {
    "Diambil sendiri: tanda bukti pembayaran dan identitas pemohon yang sah (KTP-el)",
    "Diambil keluarga: tanda bukti pembayaran, fotokopi Kartu Keluarga dan identitas pengambil",
    "Diambil orang lain: tanda bukti pembayaran, surat kuasa dan identitas pengambil",
  },
  procedure = {
    "Ambil nomor antrean dan tunjukkan tanda bukti pembayaran",
    "Petugas mencocokkan identitas",
    "Paspor diserahkan; pengambil menandatangani buku penyerahan paspor",
  },
  minutes = 5,
  completion = { at_counter = true },
  fee = 0,
  fee_note = "Tidak dipungut biaya",
  product = "Paspor biasa RI",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS,
  priority = true,
  -- Paspor yang tidak diambil dalam 1 bulan sejak terbit dibatalkan (Permenkumham 8/2014 Pasal 30).
  source = {
    "https://yogyakarta.kompas.com/read/2023/05/04/211343478/cara-pembuatan-paspor-anak-syarat-alur-biaya-dan-masa-berlaku (tahap pengambilan paspor)",
    requirements = "Permenkumham 8/2014 Pasal 23 ayat (1), dikutip " ..
      "http://tanjunguban.imigrasi.go.id/prosedur-pengambilan-paspor/ (Kanim Tanjung Uban, Kepulauan Riau)",
    completion = "Permenkumham 8/2014 Pasal 23 ayat (2): paspor diserahkan kepada pengambil dan dicatat " ..
      "dalam buku penyerahan yang ditandatanganinya, http://tanjunguban.imigrasi.go.id/prosedur-pengambilan-paspor/",
  },
  unconfirmed = {
    minutes = TRIED.minutes,
  },
}

agency:service {
  id = "konsultasi-keimigrasian",
  name = "Informasi dan Konsultasi Keimigrasian (izin tinggal orang asing, anak berkewarganegaraan ganda)",
  requirements = {
    "Paspor atau dokumen keimigrasian yang ditanyakan (bila ada)",
  },
  procedure = {
    "Ambil nomor antrean",
    "Petugas menjelaskan jenis izin, persyaratan dan tarif PNBP yang berlaku",
    "Permohonan izin tinggal diarahkan ke Kantor Imigrasi atau layanan daring",
  },
  minutes = 15,
  completion = { at_counter = true },
  fee = 0,
  fee_note = "Konsultasi tidak dipungut biaya; izin tinggal dikenai PNBP sesuai PP 45/2024",
  product = "Informasi persyaratan dan alur layanan keimigrasian",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS .. "; UU 25/2009 tentang Pelayanan Publik",
  priority = true,
  source = "https://ntvnews.id/news/0120229/ini-rincian-tarif-baru-bikin-paspor-baru (PP 45/2024 memuat tarif izin tinggal)",
  unconfirmed = { minutes = TRIED.minutes, completion = TRIED.completion },
}

-- Kelompok prioritas didahulukan (mereka juga boleh datang tanpa jadwal
-- M-Paspor); satu nomor reguler setelah dua panggilan prioritas agar
-- pemohon berjadwal tidak tertunda.
agency:route { priority_first = true, regular_after_priority = 2 }
