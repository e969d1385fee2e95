-- Dinas Tenaga Kerja (Dinaker) Kabupaten Purbalingga: di MPP (loket 31)
-- melayani pencari kerja (kartu AK/I, pelaporan, pendaftaran pelatihan BLK,
-- calon pekerja migran) dan perusahaan serta pekerja (peraturan perusahaan,
-- PKB, pencatatan PKWT, serikat pekerja, LKS bipartit, WLKP, perselisihan
-- hubungan industrial, konsultasi, verifikasi LPK). Kartu AK/I adalah
-- layanan terbanyak MPP Purbalingga (sekitar 90 dari 100 pemohon sehari
-- pada 2023). Pengawasan ketenagakerjaan adalah kewenangan Provinsi Jawa
-- Tengah (UU 23/2014); pengaduan pelanggaran norma diteruskan ke sana.
--
-- Sumber (diperiksa 2026-11, ditambah 2026-12):
--   * radarbanyumas.disway.id/amp/80689 (7-8-2023): AK/I mendominasi MPP
--     Purbalingga; pencaker diminta melapor bila diterima kerja;
--   * purbalinggakab.go.id/info/lebaran-usai-pembuatan-kartu-kuning-meningkat
--     (Dinaker Purbalingga, 24-5-2022): data diisi daring, dicetak di Dinaker
--     setelah KTP dan ijazah dicocokkan, kurang lebih 5 menit, gratis;
--   * radarbanyumas.disway.id/read/143122 (Agustus 2025): cetak AK/I di MPP
--     Purbalingga sekitar lima menit, syarat fotokopi KTP, fotokopi ijazah,
--     pas foto, berlaku dua tahun;
--   * republika.co.id (Disnaker Purbalingga 2018): input data AK/I sekitar
--     empat menit;
--   * indonesia.go.id via tribunnews.com 9-5-2022: syarat AK/I; Kemnaker
--     menyatakan AK/I gratis (setkab.go.id);
--   * kanal pengaduan Pemkab: tabloidelemen.com 13-3-2025 (Lapor Mas Bup
--     WhatsApp 0813-9900-4222, maturbup.purbalinggakab.go.id) dan
--     purbalinggakab.go.id (evaluasi Lapor MasBuP 2025, Dinnaker termasuk);
--   * dinperinaker.pekalongankota.go.id (standar pelayanan pengaduan
--     Dinperinaker Kota Pekalongan: syarat KTP, 5 hari kerja, gratis);
--   * Permenaker 39/2016 tentang Penempatan Tenaga Kerja; Permenaker 28/2014
--     (peraturan perusahaan dan PKB; Pasal 10 ayat (2): SK pengesahan PP
--     paling lama 5 hari kerja setelah syarat terpenuhi); PP 35/2021 Pasal 14
--     (pencatatan PKWT); UU 2/2004 (PPHI); UU 21/2000 (serikat pekerja);
--     Permenakertrans 32/2008 (LKS bipartit); UU 7/1981 dan Permenaker
--     18/2017 (WLKP daring); UU 18/2017 (pelindungan PMI); Permenaker 17/2016
--     (LPK);
--   * (2026-12) jangka waktu pendaftaran PKB 1 hari kerja dari
--     standar Disperinnaker Kota Salatiga di SIPPN (pelayanan-publik/8142838).
--   * (2026-12) persyaratan kartu AK/I dari standar Dinperinaker Kota
--     Pekalongan di SIPPN (pelayanan-publik/7943774), menggantikan berita.
--
--   * (2026-12) persyaratan verifikasi LPK swasta dari Permenaker 6/2021
--     (persyaratan umum usaha pelatihan kerja; salinan scribd 626719172 dan
--     SIPPN 8250512); Permenaker 14/2025 belum terbaca untuk LPK.
--
-- Belum terkonfirmasi: waktu layanan di loket (minutes) kecuali AK/I;
-- persyaratan pendaftaran pelatihan BLK sebagaimana ditetapkan Dinaker
-- Purbalingga; jangka waktu penyelesaian beberapa
-- layanan hubungan industrial dan penempatan; persyaratan, alur, biaya dan
-- produk pelaporan pencari kerja serta alur, biaya dan produk pendaftaran BLK
-- (hanya bersumber berita, dicari lagi 2026-12). Kolom-kolom itu ditandai
-- `unconfirmed`.

local COMPLAINT = "SP4N-LAPOR! (www.lapor.go.id); Lapor Mas Bup (WhatsApp 0813-9900-4222); " ..
  "Matur Mas Bupati (maturbup.purbalinggakab.go.id); pengaduan langsung di loket Dinaker MPP"
local COMPLAINT_SRC = "https://tabloidelemen.com/lapor-mas-bup-dan-matur-mas-bupati-2-layanan-aduan-masyarakat-purbalingga " ..
  "(Dinkominfo Purbalingga 13-3-2025: Lapor Mas Bup WhatsApp 081399004222, maturbup.purbalinggakab.go.id); " ..
  "https://www.purbalinggakab.go.id/pemkab-purbalingga-apresiasi-opd-dan-kecamatan-terbaik-dalam-layanan-pengaduan-lapor-masbup-2025 " ..
  "(Dinnaker menangani aduan Lapor MasBuP); Perpres 76/2013 (SP4N-LAPOR!)"
local FREE = "Gratis: tidak dipungut biaya"
local UUK = "UU 13/2003 tentang Ketenagakerjaan sebagaimana diubah UU 6/2023"

-- What was looked up for each fact the services below leave unconfirmed
-- (`mppctl facts disnaker` lists them per service).
local TRIED = {
  requirements = "Persyaratan BLK/LPK Dinaker Purbalingga tidak ditemukan (diperiksa 2026-11); dicari " ..
    "2026-12 di pages (\"pendaftaran pelatihan BLK Purbalingga syarat\", standar Disnakerin Cilacap " ..
    "2019 di dokumen.tips yang kutipannya hanya sampai AK/I): tidak ada daftar syarat terbit.",
  procedure = "Alur Dinaker Purbalingga tidak ditemukan untuk layanan ini (diperiksa 2026-11; dicari " ..
    "lagi 2026-12 di laman Dinperinaker Kota Pekalongan dan Disnakerin Cilacap tanpa hasil).",
  minutes = "Hanya AK/I yang punya angka terbit (purbalinggakab.go.id 2022: kurang lebih 5 menit). " ..
    "Dicari 2026-12: standar Disnakerin Kab. Cilacap 067/278/32/2019 (dokumen.tips; kutipan " ..
    "terpotong sebelum jangka waktu), laman Dinperinaker Kota Pekalongan (hanya pengaduan, dalam " ..
    "hari), SIPPN; tidak ada standar Disnaker di Jawa Tengah yang memberi waktu loket layanan ini.",
  completion = "Standar Dinaker Purbalingga tidak ditemukan (diperiksa 2026-11). Dicari 2026-12: " ..
    "Permenaker 28/2014 (salinan flipbuilder; kutipan yang terbaca hanya Pasal 9-11 tentang " ..
    "pengesahan PP), PP 35/2021 Pasal 14 (tenggat bagi pengusaha, bukan waktu terbit bukti), " ..
    "standar Disnakerin Cilacap 2019 (terpotong); jangka waktu layanan ini belum terbaca.",
}

-- Dicari lagi (2026-12): ditambahkan ke teks "tried".
TRIED.minutes = TRIED.minutes .. " Dicari lagi (2026-12): SIPPN Disnaker Jawa Tengah dicari " ..
  "dengan kalimat isi standar (pencatatan PKWT, pendaftaran PKB, pengesahan PP, pelatihan BLK): yang " ..
  "terbaca hanya Disperinnaker Kota Salatiga (PKB, SIPPN 8142838: 1 hari kerja, tanpa menit) dan standar " ..
  "di luar Jawa Tengah (DPMPTSP Kota Batu, Disnaker Kota Probolinggo); laman standar MPP Purbalingga " ..
  "untuk Dinaker tidak ditemukan."
TRIED.completion = TRIED.completion .. " Dicari lagi (2026-12): standar Jawa Tengah yang " ..
  "terbaca hanya pendaftaran PKB Disperinnaker Kota Salatiga (SIPPN 8142838, dipakai untuk PKB); pencatatan " ..
  "PKWT yang ditemukan milik DPMPTSP Kota Batu dan Disnaker Kota Probolinggo (Jawa Timur), tidak dipakai."
TRIED.requirements = TRIED.requirements .. " Dicari lagi (2026-12): syarat pelatihan BLK " ..
  "Jawa Tengah hanya dari berita (Solopos 2023, Kepala UPT BLK Boyolali: fotokopi ijazah/SKL, fotokopi KTP, " ..
  "pas foto 3x4; pendaftaran gratis), bukan standar pelayanan terbit, maka tidak dipakai."
TRIED.requirements = TRIED.requirements .. " Dicari lagi 2026-12: SIPPN pendaftaran pelatihan UPTD BLK " ..
  "dan standar perizinan LPK Jawa Tengah tidak ditemukan; Permenaker 17/2016 tentang perizinan dan " ..
  "pendaftaran LPK (scribd 440996980, adoc.pub) hanya terbaca pembukaannya, daftar lampiran izin LPK " ..
  "yang terbaca hanya dari blog yang mengutip PER.17/MEN/VII/2007 (sudah dicabut) - tidak dipakai."
TRIED.minutes = TRIED.minutes .. " Dicari lagi 2026-12: standar AK/I dan layanan lain dengan menit " ..
  "yang muncul berasal dari luar Jawa Tengah (MPP Jembrana 15 menit, Disnaker Tarakan, Lombok Barat); " ..
  "SPM Disnakertrans Kota Semarang (Keputusan Wali Kota 065/04/04/2004, salinan blog) terbaca hanya " ..
  "pembukaannya; laman MPP Kab. Semarang (simaspulkam) untuk Disnaker tidak ditemukan."
TRIED.completion = TRIED.completion .. " Dicari lagi 2026-12: SIPPN Disperinnaker Kota Salatiga untuk " ..
  "layanan selain PKB (LKS bipartit, pengesahan PP, PKWT) tidak ditemukan; SPM Disnakertrans Kota " ..
  "Semarang 2004 hanya terbaca pembukaannya."
local SALATIGA_PKB = "https://sippn.menpan.go.id/pelayanan-publik/8142838/pemerintah-kota-salatiga/" ..
  "pendaftaran-perjanjian-kerja-bersama (standar pelayanan Disperinnaker Kota Salatiga, Jawa Tengah, " ..
  "SK 067/0923/419: pendaftaran PKB paling lambat 1 hari kerja)"

-- Dicari lagi 2026-12 (SIPPN dan laman Disnaker/MPP kabupaten/kota Jawa Tengah satu per satu);
-- ditambahkan ke teks "tried".
TRIED.minutes = TRIED.minutes .. " Dicari lagi 2026-12: SIPPN Disnaker Jawa Tengah yang muncul hanya " ..
  "pengesahan peraturan perusahaan dan tanda daftar BKK Kota Tegal (8075137, 8152807; terbaca sampai " ..
  "persyaratan dan prosedur, jangka waktunya tidak terbaca), kartu AK/I Dinperinaker Kota Pekalongan " ..
  "(7943774, tanpa menit yang terbaca) dan PKB Kota Salatiga (8142838, 1 hari kerja); laman PPID Kota " ..
  "Semarang, MPP Kota Pekalongan dan Perbup Kab. Pekalongan 26/2019 dan 27/2019 (standar DPMPTSP dan " ..
  "Tenaga Kerja, hanya pembukaan terbaca) tidak memberi waktu loket; angka menit yang muncul milik daerah " ..
  "di luar Jawa Tengah (MPP Jembrana, Disnaker Lamongan, SOP perpanjangan AK/I Kota Tarakan 22 menit), tidak dipakai."
TRIED.completion = TRIED.completion .. " Dicari lagi 2026-12: pencatatan PKWT, LKS bipartit, WLKP, " ..
  "pelatihan dan LPK di SIPPN dan laman Disnaker Jawa Tengah; yang terbaca hanya pengesahan PP Kota Tegal " ..
  "(SIPPN 8075137, jangka waktu tidak terbaca) serta PKWT DPMPTSP Kota Batu dan Disnaker Kota Probolinggo " ..
  "(Jawa Timur, 7 hari kerja, tidak dipakai); Perbup Kab. Pekalongan 26/2019 hanya terbaca pembukaannya."
TRIED.requirements = TRIED.requirements .. " Dicari lagi 2026-12: pendaftaran pelatihan UPTD BLK dan " ..
  "perizinan LPK di SIPPN dan laman Disnaker Jawa Tengah; yang muncul hanya berita BLK Kab. Paser dan " ..
  "juknis BLK Komunitas Kemnaker 2019 (bukan standar pelayanan daerah), maka tidak dipakai."
-- Dicari lagi 2026-12: ditambahkan ke teks "tried" (waktu loket, syarat pelatihan BLK).
TRIED.minutes = TRIED.minutes .. " Dicari lagi 2026-12: laman PPID Kota Semarang dan MPP Kab. Semarang " ..
  "untuk Disnaker tidak ditemukan; yang muncul hanya renstra/LKjIP Disnaker Kota Semarang dan laporan " ..
  "PKL tentang AK/I Kota Salatiga, bukan standar pelayanan dengan menit."
TRIED.requirements = TRIED.requirements .. " Dicari lagi 2026-12: syarat peserta pelatihan BLK tidak " ..
  "ada dalam standar Jawa Tengah yang terbaca; Permenaker 6/2021 hanya mengatur izin LPK swasta."
local PMI_PROCEDURE_TRIED = TRIED.procedure .. " Dicari lagi 2026-12: alur calon PMI yang terbaca dari Jawa " ..
  "Tengah hanya berita lingkar.news 24-7-2023 (petugas Dinnakerind Demak di MPP Demak: akun SIAPkerja, " ..
  "pengajuan pencari kerja lalu CPMI dengan tujuh dokumen diunggah), bukan standar pelayanan terbit; " ..
  "standar rekomendasi paspor CPMI yang ditemukan milik Ogan Ilir, Ambon dan Lamongan (di luar Jawa Tengah)."
TRIED.procedure = TRIED.procedure .. " Dicari lagi 2026-12: standar pencatatan LKS bipartit Disnaker " ..
  "Jawa Tengah di SIPPN tidak ditemukan (yang muncul pengesahan PP Kota Tegal dan Kab. Batu Bara)."
-- Standar kartu AK/I Dinperinaker Kota Pekalongan (Jawa Tengah) di SIPPN, dibaca 2026-12.
local PEKALONGAN_AK1 = "https://sippn.menpan.go.id/pelayanan-publik/7943774/pemerintah-kota-pekalongan/" ..
  "pelayanan-pembuatan-kartu-aki--kartu-kuning (standar pelayanan pembuatan kartu AK/I Dinas " ..
  "Perindustrian dan Tenaga Kerja Kota Pekalongan, Jawa Tengah, di SIPPN, tahun tidak tercantum pada " ..
  "kutipan: ijazah terakhir, KTP berlaku, pas foto 3x4 dua lembar, surat pengalaman kerja dan sertifikat " ..
  "keterampilan bila ada)"
-- Fakta yang selama ini hanya bersumber berita (dicari lagi 2026-12).
local NEWS_ONLY_LAPOR = "Hanya bersumber berita (radarbanyumas.disway.id 2023: Dinaker Purbalingga " ..
  "meminta pencaker melapor bila diterima kerja; tribunnews.com 2022), bukan standar pelayanan Dinaker " ..
  "Purbalingga, Disnaker lain di Jawa Tengah atau pasal Permenaker 39/2016. Dicari 2026-12: SIPPN " ..
  "Disnaker Jawa Tengah untuk kartu AK/I (yang terbaca hanya pembuatan kartu AK/I Kota Pekalongan, bukan " ..
  "pelaporan) dan " ..
  "pasal Permenaker 39/2016 tentang kewajiban lapor (yang muncul hanya berita Disnaker Mimika dan " ..
  "Palangka Raya yang menyebutnya tanpa bunyi pasal); belum terkonfirmasi. Dicari lagi 2026-12: bunyi " ..
  "pasal pelaporan Permenaker 39/2016 tetap tidak terbaca (hanya berita prokalteng 2019, fajarpapua 2024, " ..
  "jpnn), bukan standar pelayanan."
local NEWS_ONLY_BLK = "Hanya bersumber berita (radarbanyumas.disway.id 2023 tentang BLK Purbalingga); " ..
  "PP 31/2006 tidak memuat alur, biaya atau produk pendaftaran di BLK. Dicari 2026-12: SIPPN pendaftaran " ..
  "pelatihan UPTD BLK Jawa Tengah tidak ditemukan; yang terbaca hanya berita (Solopos 2023 BLK Boyolali, " ..
  "BLK Kab. Paser) dan juknis BLK Komunitas Kemnaker 2019, bukan standar pelayanan; belum terkonfirmasi."

local agency = mpp.agency {
  id = "disnaker",
  name = "Dinas Tenaga Kerja Kabupaten Purbalingga",
  short = "Disnaker",
  kind = "OPD",
  prefix = "S",
  counters = { 31 },
}

------------------------------------------------------------------------------
-- Penempatan dan pelatihan
------------------------------------------------------------------------------

agency:service {
  id = "ak1",
  name = "Kartu Tanda Bukti Pendaftaran Pencari Kerja (AK/I, kartu kuning)",
  -- Persyaratan diubah 2026-12 mengikuti standar pelayanan kartu AK/I Dinperinaker Kota
  -- Pekalongan (Jawa Tengah) di SIPPN; sebelumnya hanya bersumber berita.
  requirements = {
    "Ijazah pendidikan terakhir, asli dan fotokopi",
    "KTP yang masih berlaku, asli dan fotokopi",
    "Pas foto berwarna 3x4 cm sebanyak 2 lembar (latar belakang merah)",
    "Fotokopi surat keterangan pengalaman kerja, bila ada",
    "Fotokopi sertifikat keterampilan/keahlian, bila ada",
  },
  procedure = {
    "Isi data pencari kerja secara daring (SIAPkerja) sebelum datang, atau dibantu petugas di loket",
    "Ambil nomor antrean; petugas mencocokkan KTP-el dan ijazah dengan data yang diisi",
    "Kartu AK/I dicetak dan diserahkan",
  },
  minutes = 5,
  completion = { at_counter = true },
  fee = 0,
  fee_note = FREE .. " (Dinaker Purbalingga: pengurusan kartu kuning gratis)",
  product = "Kartu AK/I, berlaku 2 tahun; pemegang kartu melapor bila sudah diterima bekerja",
  complaint_channel = COMPLAINT,
  legal_basis = UUK .. "; Permenaker 39/2016 tentang Penempatan Tenaga Kerja",
  priority = true,
  source = {
    "https://m.tribunnews.com/nasional/2022/05/09/cara-membuat-kartu-kuning-ak1-secara-online-ini-yang-harus-disiapkan ; " ..
      "https://fbeta.republika.co.id/berita/pb6pk1370/pemohon-kartu-kuning-di-purbalingga-melonjak ; " ..
      "https://radarbanyumas.disway.id/amp/80689/tak-semua-pemilik-kartu-pencaker-lapor-diterima-kerja-ini-langkah-dinaker-purbalingga",
    requirements = PEKALONGAN_AK1,
    procedure = "https://www.purbalinggakab.go.id/info/lebaran-usai-pembuatan-kartu-kuning-meningkat/ " ..
      "(Dinaker Purbalingga 24-5-2022: data diisi daring, KTP dan ijazah dicocokkan, kartu dicetak); " ..
      "https://radarbanyumas.disway.id/read/143122/pemohon-kartu-kuning-di-purbalingga-capai-4641-orang " ..
      "(validasi data dan cetak kartu di MPP Purbalingga)",
    minutes = "https://www.purbalinggakab.go.id/info/lebaran-usai-pembuatan-kartu-kuning-meningkat/ " ..
      "(Dinaker Purbalingga 24-5-2022: kartu kuning jadi kurang lebih 5 menit); " ..
      "https://radarbanyumas.disway.id/read/143122/pemohon-kartu-kuning-di-purbalingga-capai-4641-orang " ..
      "(2025: cetak sekitar lima menit)",
    completion = "https://www.purbalinggakab.go.id/info/lebaran-usai-pembuatan-kartu-kuning-meningkat/ " ..
      "(kartu jadi saat itu juga, kurang lebih 5 menit); " ..
      "https://fbeta.republika.co.id/berita/pb6pk1370/pemohon-kartu-kuning-di-purbalingga-melonjak " ..
      "(kartu kuning dilayani di tempat, input data sekitar empat menit)",
    fee = "https://www.purbalinggakab.go.id/info/lebaran-usai-pembuatan-kartu-kuning-meningkat/ " ..
      "(pengurusan kartu kuning gratis)",
    fee_note = "https://www.purbalinggakab.go.id/info/lebaran-usai-pembuatan-kartu-kuning-meningkat/ " ..
      "(gratis, tidak dipungut biaya)",
    product = "Permenaker 39/2016 (kartu AK/I berlaku 2 tahun); " ..
      "https://radarbanyumas.disway.id/read/143122/pemohon-kartu-kuning-di-purbalingga-capai-4641-orang " ..
      "(masa berlaku dua tahun); " ..
      "https://radarbanyumas.disway.id/amp/80689/tak-semua-pemilik-kartu-pencaker-lapor-diterima-kerja-ini-langkah-dinaker-purbalingga " ..
      "(pencaker diminta melapor bila diterima kerja)",
    complaint_channel = COMPLAINT_SRC,
  },
  -- Urutan kunjungan (tests/journeys/pencari-kerja.txt): kartu AK/I memerlukan
  --   KTP yang masih berlaku (standar kartu AK/I Dinperinaker Kota Pekalongan,
  --   https://sippn.menpan.go.id/pelayanan-publik/7943774/pemerintah-kota-pekalongan/pelayanan-pembuatan-kartu-aki--kartu-kuning),
  --   jadi perekaman KTP-el di Dukcapil lebih dulu bila belum punya.
  needs = { "ktp-el" },
  gives = { "kartu-kuning" },
}

agency:service {
  id = "ak1-lapor",
  name = "Pelaporan Pencari Kerja (lapor 6 bulanan atau sudah diterima bekerja)",
  requirements = {
    "Kartu AK/I",
    "KTP-el",
    "Surat keterangan diterima bekerja dari perusahaan (bila melapor sudah bekerja)",
  },
  procedure = {
    "Ambil nomor antrean dan serahkan kartu AK/I",
    "Petugas memperbarui status pencari kerja pada SIAPkerja",
    "Kartu AK/I dibubuhi tanda lapor dan dikembalikan",
  },
  minutes = 5,
  completion = { at_counter = true },
  fee = 0,
  fee_note = FREE,
  product = "Kartu AK/I dengan tanda lapor; status pencari kerja diperbarui",
  complaint_channel = COMPLAINT,
  legal_basis = UUK .. "; Permenaker 39/2016 tentang Penempatan Tenaga Kerja",
  priority = true,
  source = {
    "https://radarbanyumas.disway.id/amp/80689/tak-semua-pemilik-kartu-pencaker-lapor-diterima-kerja-ini-langkah-dinaker-purbalingga ; " ..
      "https://m.tribunnews.com/nasional/2022/05/09/cara-membuat-kartu-kuning-ak1-secara-online-ini-yang-harus-disiapkan",
    complaint_channel = COMPLAINT_SRC,
  },
  unconfirmed = {
    minutes = TRIED.minutes,
    completion = TRIED.completion,
    requirements = NEWS_ONLY_LAPOR,
    procedure = NEWS_ONLY_LAPOR,
    fee = NEWS_ONLY_LAPOR,
    fee_note = NEWS_ONLY_LAPOR,
    product = NEWS_ONLY_LAPOR,
  },
}

agency:service {
  id = "pelatihan-blk",
  name = "Pendaftaran Pelatihan Berbasis Kompetensi di BLK Purbalingga",
  requirements = {
    "KTP-el",
    "Fotokopi ijazah terakhir sesuai syarat kejuruan",
    "Kartu AK/I (bagi pencari kerja)",
    "Pas foto berwarna",
    "Sehat jasmani dan rohani",
  },
  procedure = {
    "Ambil nomor antrean; petugas menjelaskan kejuruan dan jadwal angkatan pelatihan",
    "Pendaftaran pada SIAPkerja/aplikasi pelatihan Kemnaker dibantu petugas",
    "Peserta mengikuti seleksi; yang lulus diumumkan dan dipanggil mengikuti pelatihan",
  },
  minutes = 10,
  completion = { days = 14, note = "menunggu jadwal seleksi dan angkatan pelatihan" },
  fee = 0,
  fee_note = FREE .. " (pelatihan dibiayai APBN/APBD)",
  product = "Bukti pendaftaran pelatihan",
  complaint_channel = COMPLAINT,
  legal_basis = UUK .. "; PP 31/2006 tentang Sistem Pelatihan Kerja Nasional",
  priority = true,
  source = {
    "https://radarbanyumas.disway.id/amp/80689 (BLK Purbalingga); PP 31/2006",
    complaint_channel = COMPLAINT_SRC,
  },
  unconfirmed = {
    requirements = TRIED.requirements,
    minutes = TRIED.minutes,
    completion = TRIED.completion,
    procedure = NEWS_ONLY_BLK,
    fee = NEWS_ONLY_BLK,
    fee_note = NEWS_ONLY_BLK,
    product = NEWS_ONLY_BLK,
  },
}

agency:service {
  id = "pmi",
  name = "Informasi, Pendaftaran dan Verifikasi Dokumen Calon Pekerja Migran Indonesia",
  requirements = {
    "Berusia paling rendah 18 tahun",
    "KTP-el dan Kartu Keluarga",
    "Surat keterangan status perkawinan; bagi yang sudah menikah, izin suami/istri",
    "Surat izin orang tua/wali/keluarga yang diketahui kepala desa",
    "Ijazah dan sertifikat kompetensi kerja",
    "Surat keterangan sehat jasmani dan rohani",
  },
  procedure = {
    "Ambil nomor antrean; petugas memberi informasi peluang kerja luar negeri dan P3MI resmi",
    "Petugas mendaftarkan dan memverifikasi dokumen calon PMI pada SISKOP2MI",
    "Calon PMI diarahkan ke proses berikutnya (seleksi, pelatihan, pemeriksaan kesehatan, paspor)",
  },
  minutes = 15,
  completion = { at_counter = true },
  fee = 0,
  fee_note = FREE .. "; calon PMI tidak boleh dibebani biaya penempatan (UU 18/2017 Pasal 30)",
  product = "Bukti pendaftaran calon PMI dan verifikasi dokumen",
  complaint_channel = COMPLAINT .. "; BP2MI/KP2MI (bp2mi.go.id)",
  legal_basis = "UU 18/2017 tentang Pelindungan Pekerja Migran Indonesia (Pasal 13, 30, 41)",
  priority = true,
  source = "UU 18/2017 Pasal 13 (dokumen calon PMI) dan Pasal 41 (tugas pemerintah kabupaten/kota)",
  unconfirmed = {
    procedure = PMI_PROCEDURE_TRIED,
    minutes = TRIED.minutes,
    completion = TRIED.completion,
  },
}

------------------------------------------------------------------------------
-- Hubungan industrial
------------------------------------------------------------------------------

agency:service {
  id = "peraturan-perusahaan",
  name = "Pengesahan Peraturan Perusahaan",
  requirements = {
    "Surat permohonan pengesahan dari pengusaha",
    "Naskah peraturan perusahaan yang ditandatangani pengusaha",
    "Bukti telah dimintakan saran dan pertimbangan dari wakil pekerja/serikat pekerja",
    "Data perusahaan (NIB, jumlah pekerja, alamat)",
  },
  procedure = {
    "Ambil nomor antrean dan serahkan berkas (untuk perusahaan dalam satu kabupaten)",
    "Mediator/pejabat Dinaker meneliti isi naskah terhadap peraturan perundang-undangan",
    "Bila ada kekurangan, naskah dikembalikan untuk diperbaiki",
    "Kepala Dinaker menerbitkan surat keputusan pengesahan",
  },
  minutes = 15,
  completion = { days = 30, note = "SK pengesahan terbit paling lama 5 hari kerja setelah naskah memenuhi syarat" },
  fee = 0,
  fee_note = FREE,
  product = "Surat keputusan pengesahan peraturan perusahaan, berlaku paling lama 2 tahun",
  complaint_channel = COMPLAINT,
  legal_basis = UUK .. " (Pasal 108-115); Permenaker 28/2014 tentang Tata Cara Pembuatan dan " ..
    "Pengesahan Peraturan Perusahaan serta Pembuatan dan Pendaftaran Perjanjian Kerja Bersama",
  priority = true,
  source = {
    "UU 13/2003 Pasal 108-112; Permenaker 28/2014",
    completion = "UU 13/2003 Pasal 112 ayat (1): pengesahan paling lama 30 hari kerja sejak naskah " ..
      "diterima; Permenaker 28/2014 Pasal 10 ayat (2): SK paling lama 5 hari kerja setelah dokumen " ..
      "memenuhi syarat (http://online.flipbuilder.com/gxlsw/epkm/files/basic-html/page7.html)",
  },
  unconfirmed = { minutes = TRIED.minutes },
}

agency:service {
  id = "pkb",
  name = "Pendaftaran Perjanjian Kerja Bersama (PKB)",
  requirements = {
    "Surat permohonan pendaftaran",
    "Naskah PKB yang ditandatangani pengusaha dan serikat pekerja/serikat buruh",
    "Bukti pencatatan serikat pekerja/serikat buruh",
  },
  procedure = {
    "Ambil nomor antrean dan serahkan naskah PKB",
    "Pejabat Dinaker meneliti isi naskah",
    "Kepala Dinaker menerbitkan surat keputusan pendaftaran PKB",
  },
  minutes = 15,
  -- Sebelumnya { days = 6 } tanpa sumber yang terbaca. Standar Disperinnaker Kota Salatiga
  -- (SIPPN 8142838, dicari 2026-12): pendaftaran PKB selesai paling lambat 1 hari kerja.
  completion = { days = 1 },
  fee = 0,
  fee_note = FREE,
  product = "Surat keputusan pendaftaran PKB",
  complaint_channel = COMPLAINT,
  legal_basis = UUK .. " (Pasal 116-135); Permenaker 28/2014",
  priority = true,
  source = {
    "UU 13/2003 Pasal 132; Permenaker 28/2014",
    completion = SALATIGA_PKB,
  },
  unconfirmed = { minutes = TRIED.minutes },
}

agency:service {
  id = "pkwt",
  name = "Pencatatan Perjanjian Kerja Waktu Tertentu (PKWT)",
  requirements = {
    "Naskah PKWT yang sudah ditandatangani pengusaha dan pekerja",
    "Daftar pekerja yang dicatatkan",
    "Data perusahaan (NIB, alamat)",
  },
  procedure = {
    "PKWT dicatatkan pengusaha secara daring pada sistem Kemnaker paling lama 3 hari kerja sejak ditandatangani",
    "Bila sistem daring belum tersedia, ambil nomor antrean dan serahkan PKWT secara tertulis paling lama 7 hari kerja",
    "Petugas mencatat PKWT dan menerbitkan bukti pencatatan",
  },
  minutes = 15,
  completion = { days = 3 },
  fee = 0,
  fee_note = FREE,
  product = "Bukti pencatatan PKWT",
  complaint_channel = COMPLAINT,
  legal_basis = UUK .. "; PP 35/2021 tentang PKWT, Alih Daya, Waktu Kerja dan Waktu Istirahat, " ..
    "dan PHK (Pasal 14)",
  priority = true,
  source = "PP 35/2021 Pasal 14",
  unconfirmed = { minutes = TRIED.minutes, completion = TRIED.completion },
}

agency:service {
  id = "perselisihan-hi",
  name = "Pencatatan Perselisihan Hubungan Industrial dan Mediasi",
  requirements = {
    "Surat permohonan pencatatan perselisihan dari salah satu atau kedua pihak",
    "Risalah perundingan bipartit yang gagal (ditandatangani para pihak)",
    "Identitas para pihak dan bukti pendukung (perjanjian kerja, slip upah, surat PHK)",
  },
  procedure = {
    "Ambil nomor antrean dan serahkan berkas",
    "Petugas mencatat perselisihan dan menawarkan konsiliasi/arbitrase; bila tidak dipilih, dilimpahkan ke mediator",
    "Mediator memanggil para pihak dan menyelesaikan mediasi paling lama 30 hari kerja",
    "Tercapai kesepakatan: perjanjian bersama didaftarkan di PHI; tidak: mediator mengeluarkan anjuran tertulis",
  },
  minutes = 20,
  completion = { days = 30, note = "mediasi selesai paling lama 30 hari kerja sejak pelimpahan" },
  fee = 0,
  fee_note = FREE,
  product = "Bukti pencatatan perselisihan; perjanjian bersama atau anjuran tertulis mediator",
  complaint_channel = COMPLAINT,
  legal_basis = "UU 2/2004 tentang Penyelesaian Perselisihan Hubungan Industrial (Pasal 4, 8-16)",
  priority = true,
  source = {
    "UU 2/2004 Pasal 4 dan 15",
    completion = "UU 2/2004 Pasal 15: mediator menyelesaikan tugas paling lambat 30 hari kerja",
  },
  unconfirmed = { minutes = TRIED.minutes },
}

agency:service {
  id = "konsultasi",
  name = "Konsultasi dan Pengaduan Ketenagakerjaan (upah, THR, PHK, jaminan sosial)",
  requirements = {
    "KTP-el pelapor",
  },
  procedure = {
    "Ambil nomor antrean dan sampaikan pertanyaan atau pengaduan, dengan bukti pendukung bila ada " ..
      "(perjanjian kerja, slip upah, surat PHK)",
    "Petugas memberi penjelasan ketentuan ketenagakerjaan",
    "Pengaduan pelanggaran norma diteruskan ke Pengawas Ketenagakerjaan Provinsi Jawa Tengah; " ..
      "perselisihan diarahkan ke perundingan bipartit",
  },
  minutes = 15,
  completion = { days = 5, note = "tindak lanjut pengaduan; pertanyaan konsultasi dijawab di loket" },
  fee = 0,
  fee_note = FREE,
  product = "Penjelasan tertulis/lisan; tanda terima pengaduan",
  complaint_channel = COMPLAINT,
  legal_basis = UUK .. "; UU 23/2014 tentang Pemerintahan Daerah (pengawasan ketenagakerjaan " ..
    "kewenangan provinsi)",
  priority = true,
  source = {
    "UU 23/2014 Lampiran (pembagian urusan tenaga kerja); UU 13/2003",
    requirements = "https://dinperinaker.pekalongankota.go.id/halaman/pelayanan-pengaduan.html " ..
      "(standar pelayanan pengaduan Dinperinaker Kota Pekalongan: pelapor dibuktikan dengan KTP)",
    completion = "https://dinperinaker.pekalongankota.go.id/halaman/pelayanan-pengaduan.html " ..
      "(standar pelayanan pengaduan Dinperinaker Kota Pekalongan: waktu pelayanan 5 hari kerja)",
  },
  unconfirmed = {
    minutes = TRIED.minutes,
  },
}

agency:service {
  id = "serikat-pekerja",
  name = "Pencatatan Serikat Pekerja/Serikat Buruh",
  requirements = {
    "Surat permohonan pencatatan",
    "Daftar nama anggota pembentuk",
    "Anggaran dasar dan anggaran rumah tangga",
    "Susunan dan nama pengurus",
  },
  procedure = {
    "Ambil nomor antrean dan serahkan berkas",
    "Petugas meneliti kelengkapan dan isi AD/ART",
    "Dinaker mencatat dan memberi nomor bukti pencatatan paling lama 21 hari kerja",
  },
  minutes = 15,
  completion = { days = 21 },
  fee = 0,
  fee_note = FREE,
  product = "Nomor bukti pencatatan serikat pekerja/serikat buruh",
  complaint_channel = COMPLAINT,
  legal_basis = "UU 21/2000 tentang Serikat Pekerja/Serikat Buruh (Pasal 18-20); " ..
    "Kepmenakertrans KEP.16/MEN/2001",
  priority = true,
  source = {
    "UU 21/2000 Pasal 18-20",
    completion = "UU 21/2000 Pasal 20 ayat (1): pencatatan dan nomor bukti paling lambat 21 hari kerja",
  },
  unconfirmed = { minutes = TRIED.minutes },
}

agency:service {
  id = "lks-bipartit",
  name = "Pencatatan Lembaga Kerja Sama (LKS) Bipartit",
  requirements = {
    "Surat pemberitahuan pembentukan LKS bipartit (perusahaan dengan 50 pekerja atau lebih)",
    "Berita acara pembentukan dan susunan keanggotaan (unsur pengusaha dan pekerja)",
  },
  procedure = {
    "Ambil nomor antrean dan serahkan berkas paling lama 14 hari kerja setelah pembentukan",
    "Petugas meneliti susunan keanggotaan",
    "Dinaker menerbitkan nomor bukti pencatatan",
  },
  minutes = 10,
  completion = { days = 7 },
  fee = 0,
  fee_note = FREE,
  product = "Bukti pencatatan LKS bipartit",
  complaint_channel = COMPLAINT,
  legal_basis = UUK .. " (Pasal 106); Permenakertrans PER.32/MEN/XII/2008 tentang Tata Cara " ..
    "Pembentukan dan Susunan Keanggotaan LKS Bipartit",
  priority = true,
  source = "UU 13/2003 Pasal 106; Permenakertrans 32/2008",
  unconfirmed = {
    procedure = TRIED.procedure,
    minutes = TRIED.minutes,
    completion = TRIED.completion,
  },
}

agency:service {
  id = "wlkp",
  name = "Pendampingan Wajib Lapor Ketenagakerjaan di Perusahaan (WLKP Online)",
  requirements = {
    "Data perusahaan (NIB, NPWP, alamat, bidang usaha)",
    "Data ketenagakerjaan (jumlah pekerja menurut jenis kelamin, status, pendidikan; upah; jaminan sosial)",
    "Akun WLKP pada wajiblapor.kemnaker.go.id (dapat dibuat di loket)",
  },
  procedure = {
    "Ambil nomor antrean; petugas membantu pendaftaran akun dan pengisian laporan",
    "Dinaker memverifikasi laporan",
    "Bukti lapor WLKP dapat diunduh perusahaan",
  },
  minutes = 20,
  completion = { at_counter = true },
  fee = 0,
  fee_note = FREE,
  product = "Bukti wajib lapor ketenagakerjaan perusahaan",
  complaint_channel = COMPLAINT,
  legal_basis = "UU 7/1981 tentang Wajib Lapor Ketenagakerjaan di Perusahaan; Permenaker " ..
    "18/2017 tentang WLKP dalam Jaringan",
  priority = true,
  source = "UU 7/1981; Permenaker 18/2017",
  unconfirmed = { minutes = TRIED.minutes, completion = TRIED.completion },
}

agency:service {
  id = "lpk",
  name = "Verifikasi Perizinan Lembaga Pelatihan Kerja (LPK) Swasta",
  -- Persyaratan diganti 2026-12 dengan persyaratan umum usaha pelatihan kerja swasta
  -- menurut Permenaker 6/2021 (perizinan berusaha berbasis risiko sektor ketenagakerjaan).
  -- Permenaker 14/2025 (18-11-2025) menetapkan ulang standar kegiatan usaha sektor
  -- ketenagakerjaan; bagian persyaratan LPK-nya belum terbaca, perlu dicocokkan penghubung.
  requirements = {
    "NIB dan sertifikat standar usaha pelatihan kerja dari OSS",
    "Identitas (KTP/paspor) dan riwayat hidup penanggung jawab usaha pelatihan kerja",
    "Bukti kepemilikan atau sewa sarana dan prasarana pelatihan",
    "Profil LPK yang ditandatangani penanggung jawab: struktur organisasi dan uraian tugas; daftar " ..
      "dan riwayat hidup instruktur bersertifikat kompetensi dan tenaga pelatihan; program kerja dan " ..
      "rencana pembiayaan 3 tahun; program pelatihan berbasis kompetensi; kapasitas pelatihan per " ..
      "tahun; daftar sarana dan prasarana sesuai program",
    "Bila ada modal asing: kerja sama dengan LPK terakreditasi; bukti registrasi standar kompetensi " ..
      "khusus bila dipakai",
  },
  procedure = {
    "Ambil nomor antrean; petugas membantu pengajuan perizinan LPK melalui OSS",
    "Dinaker memverifikasi dokumen dan meninjau tempat pelatihan",
    "Perizinan LPK diterbitkan melalui OSS setelah verifikasi disetujui",
  },
  minutes = 20,
  completion = { days = 14 },
  fee = 0,
  fee_note = FREE,
  product = "Persetujuan verifikasi dan perizinan LPK melalui OSS",
  complaint_channel = COMPLAINT,
  legal_basis = "PP 31/2006 tentang Sistem Pelatihan Kerja Nasional; Permenaker 17/2016 " ..
    "tentang Tata Cara Perizinan dan Pendaftaran LPK; PP 5/2021",
  priority = true,
  source = {
    "Permenaker 17/2016; PP 5/2021 (OSS-RBA)",
    requirements = "Permenaker 6/2021 Lampiran, persyaratan umum dan khusus usaha pelatihan kerja " ..
      "swasta, sebagaimana dimuat https://id.scribd.com/document/626719172/PERMOHONAN-IZIN-LPK-BARU " ..
      "(daftar persyaratan pendirian LPK swasta berdasarkan Permenaker 6/2021) dan " ..
      "https://sippn.menpan.go.id/pelayanan-publik/8250512/pemerintah-kab-ogan-komering-ulu-timur/perizinan-berusaha-berbasis-risiko-sektor-ketenagakerjaan-dengan-risiko-menengah-tinggi-skala-non-umk " ..
      "(daftar yang sama, dibaca 2026-12)",
  },
  unconfirmed = {
    minutes = TRIED.minutes,
    completion = TRIED.completion,
  },
}

-- AK/I melayani banyak pencari kerja muda; kelompok prioritas didahulukan
-- dengan satu nomor reguler setelah tiga panggilan prioritas.
agency:route { priority_first = true, regular_after_priority = 3 }
