-- Kepolisian Resor Purbalingga (Sat Intelkam, Satlantas, SPKT): di MPP
-- melayani SKCK baru, perpanjangan dan SKCK WNA, perekaman rumus sidik
-- jari, perpanjangan SIM A, B I/B II dan C serta penggantian SIM, surat tanda
-- penerimaan laporan kehilangan, dan izin keramaian. Pengesahan dan
-- registrasi kendaraan dilayani gerai Samsat, bukan di sini.
--
-- Sumber (diperiksa 2026-11):
--   * Perpol 6/2023 tentang Penerbitan SKCK: persyaratan WNI termasuk bukti
--     kepesertaan aktif JKN (suarakita.net mengutip Tempo; idxchannel.com
--     mengutip polri.go.id untuk tarif);
--   * PP 76/2020 tentang Jenis dan Tarif PNBP Polri (tarif dari PP 60/2016
--     dipertahankan): SKCK Rp30.000; SIM A baru Rp120.000, perpanjangan
--     Rp80.000; SIM C baru Rp100.000, perpanjangan Rp75.000
--     (otomotif.kompas.com 04-01-2021; pontianak.tribunnews.com 14-10-2017;
--     motorplus-online.com);
--   * Perpol 5/2021 tentang Penerbitan dan Penandaan SIM (sehat jasmani dan
--     rohani untuk perpanjangan).
--
-- Belum terkonfirmasi: waktu layanan di loket (minutes) semua layanan;
-- persyaratan dan dasar hukum izin keramaian dan surat kehilangan (tidak
-- dipungut PNBP karena tidak tercantum dalam PP 76/2020); PNBP penggantian
-- SIM hilang/rusak; pembagian loket 14-15 antara SKCK dan SIM tidak
-- ditemukan, sehingga tidak ditetapkan per layanan.

local BASIS_POLRI = "UU 2/2002 tentang Kepolisian Negara Republik Indonesia; PP 76/2020 " ..
  "tentang Jenis dan Tarif atas Jenis PNBP yang Berlaku pada Polri"
local COMPLAINT = "Layanan darurat/pengaduan Polri 110; Dumas Presisi Polri; Propam Polres " ..
  "Purbalingga; SP4N-LAPOR! (www.lapor.go.id)"
local SKCK_SRC = "https://suarakita.net/syarat-dan-biaya-pembuatan-skck-terbaru-2025-18239.html " ..
  "(Perpol 6/2023); https://www.idxchannel.com/milenomic/biaya-syarat-dan-cara-membuat-skck-2023-ketahui-sebelum-melamar-kerja (PNBP Rp30.000)"
local SIM_SRC = "https://otomotif.kompas.com/read/2021/01/04/071200115/tak-semua-bisa-dapat-gratis-ini-biaya-bikin-dan-perpanjangan-sim " ..
  "(PP 76/2020); https://pontianak.tribunnews.com/2017/10/14/biaya-perpanjangan-sim-a"
-- Jangka waktu penerbitan SKCK: standar pelayanan SKCK Sat Intelkam Polres
-- Belu menetapkan 60 menit untuk SKCK baru dan 30 menit untuk perpanjangan
-- setelah berkas diterima lengkap (tata cara penerbitan SKCK berlaku sama di
-- seluruh Polri, Perpol 6/2023); standar Polres Purbalingga tidak ditemukan.
local SKCK_TIME_SRC = "https://skckpolresbelu.blogspot.com/2023/05/standar-pelayanan-skck-sat-intelkam.html " ..
  "(standar pelayanan SKCK Sat Intelkam Polres Belu, butir 5 jangka waktu penerbitan)"
local SIM_REQ = {
  "KTP-el asli dan fotokopi",
  "SIM lama yang masih berlaku, asli dan fotokopi",
  "Surat keterangan sehat jasmani dari dokter",
  "Surat keterangan lulus tes psikologi",
  "Bukti kepesertaan aktif BPJS Kesehatan (JKN)",
}

-- What was looked up for each fact the services below leave unconfirmed
-- (`mppctl facts polres` lists them per service).
local TRIED = {
  requirements = "Persyaratan dari Perpol 6/2023 dan laman berita; laman Polres Purbalingga tidak " ..
    "ditemukan (diperiksa 2026-11).",
  procedure = "Alur dari Polres lain; alur Satlantas/Intelkam Polres Purbalingga tidak ditemukan " ..
    "(diperiksa 2026-11).",
  minutes = "Standar SKCK Polres Sidoarjo, Pandeglang dan Maluku Tengah ditemukan (2026-12) tetapi " ..
    "kutipannya terpotong sebelum komponen waktu; standar Polres Purbalingga tidak " ..
    "ditemukan.",
  minutes_skck = "Standar SKCK Polres Belu (skckpolresbelu.blogspot.com, 2023) memberi jangka " ..
    "waktu penerbitan sesudah berkas lengkap (60/30 menit), bukan lama layanan di loket; Polrestabes " ..
    "Palembang menyebut 10-15 menit (detik.com 8/6/2023, ucapan Kasat, bukan standar); standar " ..
    "Polres Purbalingga tidak ditemukan (dicari 2026-12).",
  completion = "Standar SKCK Polres Sidoarjo, Pandeglang dan Maluku Tengah ditemukan (2026-12) tetapi " ..
    "kutipan yang terbaca tidak sampai komponen jangka waktu; standar Polres Purbalingga " ..
    "tidak ditemukan.",
  fee_note = "PP 76/2020 terbaca untuk tarif pokok; tarif kasus khusus tidak terbaca (diperiksa " ..
    "2026-11).",
}

local agency = mpp.agency {
  id = "polres",
  name = "Kepolisian Resor Purbalingga",
  short = "Polres",
  kind = "vertical",
  prefix = "E",
  counters = { 14, 15 },
}

------------------------------------------------------------------------------
-- SKCK (Sat Intelkam)
------------------------------------------------------------------------------

agency:service {
  id = "skck-baru",
  name = "Penerbitan SKCK Baru",
  requirements = {
    "Fotokopi KTP-el (KTP-el asli ditunjukkan)",
    "Fotokopi Kartu Keluarga",
    "Fotokopi akta lahir atau surat kenal lahir",
    "Pas foto berwarna 4 x 6 latar merah sebanyak 5 lembar",
    "Rumus sidik jari dari Polres (dapat direkam di loket ini)",
    "Bukti kepesertaan aktif JKN/BPJS Kesehatan (tangkapan layar)",
    "Fotokopi paspor yang masih berlaku paling sedikit 6 bulan (untuk keperluan ke luar negeri)",
  },
  procedure = {
    "Isi formulir daftar riwayat hidup (atau daftar lebih dahulu di skck.polri.go.id)",
    "Ambil nomor antrean dan serahkan berkas",
    "Petugas meneliti berkas dan mencocokkan catatan kepolisian",
    "Bayar PNBP",
    "SKCK dicetak, ditandatangani dan diserahkan (berlaku 6 bulan)",
  },
  minutes = 20,
  completion = { at_counter = true, note = "paling lama 60 menit setelah berkas diterima lengkap" },
  fee = 30000,
  fee_note = "PNBP penerbitan SKCK Rp30.000 (PP 76/2020)",
  product = "Surat Keterangan Catatan Kepolisian (SKCK)",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS_POLRI .. "; Perpol 6/2023 tentang Penerbitan SKCK",
  priority = true,
  source = { SKCK_SRC, completion = SKCK_TIME_SRC },
  unconfirmed = { minutes = TRIED.minutes_skck },
  -- Antrean daring (kebijakan MPP, bukan ketentuan instansi): SKCK; separuh kuota untuk datang langsung.
  booking = { slot_minutes = 30, capacity = 4, days_ahead = 7, walkin_share = 50 },
  -- Urutan kunjungan (tests/journeys/pencari-kerja.txt): SKCK memerlukan KTP-el dan
  --   KK (Perpol 6/2023, dikutip
  --   https://suarakita.net/syarat-dan-biaya-pembuatan-skck-terbaru-2025-18239.html);
  --   pasal Perpol 6/2023 yang memuat persyaratan itu belum terbaca.
  needs = { "ktp-el", "kk" },
  gives = { "skck" },
}

agency:service {
  id = "skck-perpanjangan",
  name = "Perpanjangan SKCK",
  requirements = {
    "SKCK lama (asli atau legalisir), habis berlaku paling lama 1 tahun",
    "Fotokopi KTP-el dan Kartu Keluarga",
    "Fotokopi akta lahir atau surat kenal lahir",
    "Pas foto berwarna 4 x 6 latar merah",
    "Bukti kepesertaan aktif JKN/BPJS Kesehatan",
  },
  procedure = {
    "Isi formulir perpanjangan SKCK",
    "Ambil nomor antrean dan serahkan berkas",
    "Petugas meneliti berkas dan catatan kepolisian",
    "Bayar PNBP",
    "SKCK baru diserahkan",
  },
  minutes = 15,
  completion = { at_counter = true, note = "paling lama 30 menit setelah berkas diterima lengkap" },
  fee = 30000,
  fee_note = "PNBP SKCK Rp30.000 (PP 76/2020)",
  product = "SKCK yang diperpanjang",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS_POLRI .. "; Perpol 6/2023 tentang Penerbitan SKCK",
  priority = true,
  source = {
    "https://www.beritakamu.info/simak-syarat-cara-dan-biaya-membuat-skck-terbaru-19814.html; " .. SKCK_SRC,
    completion = SKCK_TIME_SRC,
  },
  unconfirmed = { minutes = TRIED.minutes_skck },
  -- Antrean daring (kebijakan MPP, bukan ketentuan instansi): SKCK; separuh kuota untuk datang langsung.
  booking = { slot_minutes = 30, capacity = 4, days_ahead = 7, walkin_share = 50 },
}

agency:service {
  id = "sidik-jari",
  name = "Perekaman Rumus Sidik Jari (Inafis) untuk SKCK",
  requirements = {
    "KTP-el asli",
    "Pemohon hadir sendiri",
  },
  procedure = {
    "Ambil nomor antrean",
    "Petugas Inafis merekam sepuluh sidik jari",
    "Kartu sidik jari dan rumusnya diserahkan untuk berkas SKCK",
  },
  minutes = 15,
  completion = { at_counter = true },
  fee = 0,
  fee_note = "Tidak tercantum sebagai PNBP dalam PP 76/2020, tidak dipungut biaya",
  product = "Kartu dan rumus sidik jari (AK-23)",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS_POLRI .. "; Perpol 6/2023 tentang Penerbitan SKCK",
  priority = true,
  source = "https://jambiupdate.co/read/2025/01/03/117291/syarat-wajib-drh-ni-pppk-2024-berikut-cara-membuat-skck " ..
    "(sidik jari bukan PNBP); " .. SKCK_SRC,
  unconfirmed = {
    requirements = TRIED.requirements,
    minutes = TRIED.minutes,
    completion = TRIED.completion,
  },
}

agency:service {
  id = "skck-wna",
  name = "Penerbitan SKCK bagi Warga Negara Asing",
  requirements = {
    "Fotokopi paspor",
    "Fotokopi KITAS atau KITAP",
    "Surat sponsor dari perusahaan/penjamin (asli)",
    "Fotokopi surat nikah (bila menikah dengan WNI)",
    "Pas foto berwarna 4 x 6 latar kuning sebanyak 6 lembar",
    "Rumus sidik jari",
  },
  procedure = {
    "Ambil nomor antrean dan serahkan berkas",
    "Petugas meneliti dokumen keimigrasian dan catatan kepolisian",
    "Bayar PNBP",
    "SKCK diterbitkan dan diserahkan",
  },
  minutes = 20,
  completion = { at_counter = true },
  fee = 30000,
  fee_note = "PNBP SKCK Rp30.000 (PP 76/2020)",
  product = "SKCK bagi Warga Negara Asing",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS_POLRI .. "; Perpol 6/2023 tentang Penerbitan SKCK",
  priority = true,
  source = "https://jambiupdate.co/read/2025/01/03/117291/syarat-wajib-drh-ni-pppk-2024-berikut-cara-membuat-skck " ..
    "(persyaratan WNA, mengutip indonesia.go.id); " .. SKCK_SRC,
  unconfirmed = { minutes = TRIED.minutes, completion = TRIED.completion },
}

------------------------------------------------------------------------------
-- SIM (Satlantas)
------------------------------------------------------------------------------

agency:service {
  id = "sim-a-perpanjangan",
  name = "Perpanjangan SIM A",
  requirements = SIM_REQ,
  procedure = {
    "Pemeriksaan kesehatan dan tes psikologi",
    "Ambil nomor antrean dan serahkan berkas (sebelum masa berlaku SIM habis)",
    "Bayar PNBP melalui bank/loket pembayaran",
    "Foto, sidik jari dan tanda tangan",
    "SIM A baru dicetak dan diserahkan",
  },
  minutes = 20,
  completion = { at_counter = true },
  fee = 80000,
  fee_note = "PNBP perpanjangan SIM A Rp80.000 (PP 76/2020); biaya pemeriksaan kesehatan dan tes " ..
    "psikologi dibayar terpisah kepada penyedianya",
  product = "SIM A",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS_POLRI .. "; UU 22/2009 tentang LLAJ; Perpol 5/2021 tentang Penerbitan dan Penandaan SIM",
  priority = true,
  source = SIM_SRC,
  unconfirmed = { minutes = TRIED.minutes, completion = TRIED.completion },
}

agency:service {
  id = "sim-c-perpanjangan",
  name = "Perpanjangan SIM C",
  requirements = SIM_REQ,
  procedure = {
    "Pemeriksaan kesehatan dan tes psikologi",
    "Ambil nomor antrean dan serahkan berkas (sebelum masa berlaku SIM habis)",
    "Bayar PNBP melalui bank/loket pembayaran",
    "Foto, sidik jari dan tanda tangan",
    "SIM C baru dicetak dan diserahkan",
  },
  minutes = 20,
  completion = { at_counter = true },
  fee = 75000,
  fee_note = "PNBP perpanjangan SIM C (termasuk C I dan C II) Rp75.000 (PP 76/2020); biaya " ..
    "pemeriksaan kesehatan dan tes psikologi dibayar terpisah",
  product = "SIM C",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS_POLRI .. "; UU 22/2009 tentang LLAJ; Perpol 5/2021 tentang Penerbitan dan Penandaan SIM",
  priority = true,
  source = SIM_SRC .. "; https://motorplus-online.com/read/252812602/punya-sim-c-golongan-ini-bisa-pakai-semua-motor-biaya-resminya-cuma-segini?page=3",
  unconfirmed = { minutes = TRIED.minutes, completion = TRIED.completion },
}

agency:service {
  id = "sim-b-perpanjangan",
  name = "Perpanjangan SIM B I / B II (perseorangan dan umum)",
  requirements = SIM_REQ,
  procedure = {
    "Pemeriksaan kesehatan dan tes psikologi",
    "Ambil nomor antrean dan serahkan berkas (sebelum masa berlaku SIM habis)",
    "Bayar PNBP melalui bank/loket pembayaran",
    "Foto, sidik jari dan tanda tangan",
    "SIM B I/B II baru dicetak dan diserahkan",
  },
  minutes = 20,
  completion = { at_counter = true },
  fee = 80000,
  fee_note = "PNBP perpanjangan SIM B I/B II Rp80.000 (PP 76/2020); biaya pemeriksaan kesehatan " ..
    "dan tes psikologi dibayar terpisah",
  product = "SIM B I atau SIM B II",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS_POLRI .. "; UU 22/2009 tentang LLAJ; Perpol 5/2021 tentang Penerbitan dan Penandaan SIM",
  priority = true,
  source = SIM_SRC .. "; https://www.tribratanewspolrespidie.com/jenis-dan-tarif-pembuatan-sim/",
  unconfirmed = { minutes = TRIED.minutes, completion = TRIED.completion },
}

agency:service {
  id = "sim-hilang-rusak",
  name = "Penggantian SIM Hilang atau Rusak",
  requirements = {
    "KTP-el asli dan fotokopi",
    "Surat tanda penerimaan laporan kehilangan dari kepolisian (jika hilang) atau SIM yang rusak",
    "Surat keterangan sehat jasmani dan lulus tes psikologi",
    "Bukti kepesertaan aktif BPJS Kesehatan (JKN)",
  },
  procedure = {
    "Petugas memeriksa data SIM pada basis data",
    "Bayar PNBP",
    "Foto, sidik jari dan tanda tangan",
    "SIM pengganti dicetak dan diserahkan",
  },
  minutes = 20,
  completion = { at_counter = true },
  fee = 75000,
  fee_note = "PNBP sebesar perpanjangan: SIM C Rp75.000, SIM A Rp80.000 (PP 76/2020)",
  product = "SIM pengganti",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS_POLRI .. "; Perpol 5/2021 tentang Penerbitan dan Penandaan SIM",
  priority = true,
  source = SIM_SRC,
  unconfirmed = {
    requirements = TRIED.requirements,
    minutes = TRIED.minutes,
    completion = TRIED.completion,
    fee_note = TRIED.fee_note,
  },
}

------------------------------------------------------------------------------
-- SPKT dan Intelkam lainnya
------------------------------------------------------------------------------

agency:service {
  id = "laporan-kehilangan",
  name = "Surat Tanda Penerimaan Laporan Kehilangan",
  requirements = {
    "KTP-el pelapor (atau identitas lain)",
    "Keterangan barang/dokumen yang hilang (fotokopi dokumen bila ada)",
  },
  procedure = {
    "Ambil nomor antrean dan sampaikan laporan kepada petugas",
    "Petugas mencatat keterangan kehilangan",
    "Surat tanda penerimaan laporan kehilangan dicetak dan diserahkan",
  },
  minutes = 10,
  completion = { at_counter = true },
  fee = 0,
  fee_note = "Tidak dipungut biaya",
  product = "Surat Tanda Penerimaan Laporan Kehilangan (untuk mengurus dokumen pengganti)",
  complaint_channel = COMPLAINT,
  legal_basis = "UU 2/2002 tentang Kepolisian Negara Republik Indonesia",
  priority = true,
  source = "Perpres 96/2018 Pasal 13 dan 15 (surat kehilangan dari kepolisian sebagai syarat KK/KTP-el " ..
    "pengganti); PP 76/2020 (tidak ada tarif untuk surat kehilangan)",
  unconfirmed = {
    requirements = TRIED.requirements,
    procedure = TRIED.procedure,
    minutes = TRIED.minutes,
    completion = TRIED.completion,
  },
}

agency:service {
  id = "izin-keramaian",
  name = "Izin Keramaian dan Pemberitahuan Kegiatan Masyarakat",
  requirements = {
    "Surat permohonan dari penyelenggara",
    "Fotokopi KTP-el penanggung jawab",
    "Surat keterangan/rekomendasi dari desa/kelurahan dan Polsek setempat",
    "Susunan acara, lokasi, waktu dan perkiraan jumlah peserta",
    "Izin tempat dari pemilik atau pengelola lokasi",
  },
  procedure = {
    "Ajukan permohonan paling lambat 7 hari sebelum kegiatan",
    "Petugas Sat Intelkam meneliti berkas dan menilai kerawanan",
    "Surat izin keramaian atau STTP diterbitkan",
  },
  minutes = 15,
  completion = { days = 3 },
  fee = 0,
  fee_note = "Tidak tercantum sebagai PNBP dalam PP 76/2020, tidak dipungut biaya",
  product = "Surat Izin Keramaian / Surat Tanda Terima Pemberitahuan (STTP)",
  complaint_channel = COMPLAINT,
  legal_basis = "UU 2/2002 Pasal 15 ayat (2) huruf a tentang izin keramaian umum; UU 9/1998 " ..
    "tentang Kemerdekaan Menyampaikan Pendapat di Muka Umum",
  priority = true,
  source = "UU 2/2002 Pasal 15; PP 76/2020 (tidak ada tarif izin keramaian)",
  unconfirmed = {
    requirements = TRIED.requirements,
    procedure = TRIED.procedure,
    minutes = TRIED.minutes,
    completion = TRIED.completion,
  },
}

-- Prioritas didahulukan; satu nomor reguler setelah tiga panggilan
-- prioritas berturut-turut.
agency:route { priority_first = true, regular_after_priority = 3 }
