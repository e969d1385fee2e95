-- PT TASPEN (Persero) dengan PT Pos Indonesia (Persero) sebagai mitra bayar:
-- di MPP Purbalingga menerima klaim Tabungan Hari Tua (THT) dan pensiun
-- pertama ASN, klaim kematian dan pensiun janda/duda/yatim, asuransi
-- kematian keluarga, nilai tunai, Jaminan Kecelakaan Kerja dan Jaminan
-- Kematian ASN, otentikasi dan perubahan data pensiunan, pindah kantor
-- bayar; loket yang sama melayani pembayaran pensiun dan kiriman pos.
-- Loket 34, nomor antrean V.
--
-- Sumber (diperiksa 2026-11):
--   - "Persyaratan dan Tata Cara Pengurusan Hak Peserta TASPEN" (dokumen
--     PT TASPEN, docplayer.info/61601646 "Tabungan Hari Tua (THT)"):
--     persyaratan THT, THT + Askem, nilai tunai;
--   - persyaratan klaim pensiunan meninggal (SPP Klim) dan hak ahli waris
--     (uang duka wafat, pensiun terusan 4 bulan) dari chike.my.id dan
--     jambilink.id yang merujuk laman TASPEN; JKM ASN dari salinan
--     scribd "Syarat Mengurus Taspen PNS Meninggal Dunia Aktif";
--   - suara.com 08/07/2020 dan suarakita.net (persyaratan THT dan pensiun
--     pertama); kompas.com 07/02/2020 (otentikasi pensiunan);
--   - UU 11/1969 tentang Pensiun Pegawai dan Pensiun Janda/Duda Pegawai;
--     PP 25/1981 tentang Asuransi Sosial PNS; PP 70/2015 jo. PP 66/2017
--     (JKK dan JKM bagi Pegawai ASN); UU 20/2023 tentang ASN;
--     UU 38/2009 tentang Pos.
--   - Diperiksa ulang 2026-12: "One Hour Service" TASPEN (profil nominasi
--     UNPSA di publicadministration.un.org; serempak.id: Layanan Klaim 1 Jam
--     bersertifikat ISO 9001:2015) untuk klaim program THT; rincian santunan
--     JKM ASN dari cnnindonesia.com 11/11/2021 yang merujuk laman TASPEN.
--   - laman persyaratan resmi www.taspen.co.id/persyaratan (dibaca 2026-12, huruf A-C):
--     persyaratan nilai tunai asuransi;
--   - Dicari lagi 2026-12: otentikasi di loket selesai saat itu juga
--     (kompas.com 07/02/2020, Manager PPID dan Keluhan Pelanggan TASPEN;
--     keterangan TASPEN 23/07/2025 dikutip jambisatu.id).
--   - Dicari lagi 2026-12 (minutes): TASPEN adalah layanan nasional, jadi standar
--     terbit kantor TASPEN mana pun berlaku sebagai sumber: standar pelayanan MPP
--     Pandeglang (Banten; flipbook, tahun tidak tercantum, meterai Rp6.000 jadi
--     sebelum 2021) "Pengajuan Pensiun" 20 menit -> klaim pensiun pertama; waktu
--     pelayanan standar TASPEN Cabang Malang (Jawa Timur) 30 menit untuk SPP klim
--     langsung (JISIP Vol. 1 No. 2, 2012; kutipan sekunder) -> klaim pensiun
--     janda/duda dan yatim/piatu.
-- Dicari lagi 2026-12 (SIPPN PT TASPEN, standar gerai TASPEN di MPP mana pun,
--   kanal pengaduan): tidak ada sumber baru, tidak ada nilai yang berubah.
-- Dicari lagi 2026-12 (kanal pengaduan, persyaratan): laporan keberlanjutan TASPEN 2017,
--   maklumat/prosedur pengaduan kantor cabang, laman taspen.co.id; nomor contact center
--   tetap tidak ditemukan. Nama aplikasi peserta diperbarui menjadi ANDAL by TASPEN
--   (dipakai sejak 1 Januari 2025, detik.com mengutip laman TASPEN).
-- Diperiksa ulang 2026-12 (kanal pengaduan): Contact Center TASPEN 1500919 disebut
--   haijakarta.id (portal berita, tulisan tentang JKK ASN); "hubungi kantor TASPEN
--   terdekat" dari Buku Saku TASPEN 2016; kanal pengaduan 11 layanan TASPEN kini
--   bersumber. ANDAL by TASPEN dikeluarkan dari daftar kanal pengaduan (sumber hanya
--   menyebutnya untuk otentikasi). Syarat JKK ASN di blog kerjapns.com 2016 berbeda dari
--   daftar di bawah (lihat `unconfirmed` klaim JKK).
-- Belum terkonfirmasi dari sumber terbit: waktu layanan di loket (minutes)
-- selain klaim pensiun pertama, pensiun janda/duda dan pensiun yatim/piatu;
-- kanal pengaduan PT Pos (Halo Pos 1500161); jangka waktu klaim selain program THT;
-- layanan pos di loket ini mengikuti tarif PT Pos, bukan satu angka.
-- Layanan klaim dan data TASPEN tidak dipungut biaya.

-- Kanal pengaduan (diperiksa ulang 2026-12): call center TASPEN 1500919 (haijakarta.id tentang
-- JKK ASN: rumah sakit/ahli waris menghubungi call center Taspen 1500919 - portal berita, bukan
-- terbitan TASPEN), kantor TASPEN terdekat (Buku Saku TASPEN 2016), laman resmi www.taspen.co.id
-- dan SP4N-LAPOR! (wajib bagi setiap penyelenggara, Perpres 76/2013). Aplikasi ANDAL by TASPEN
-- tidak lagi disebut sebagai kanal pengaduan karena sumber hanya menyebutnya untuk otentikasi.
local PENGADUAN = "Contact Center TASPEN 1500919; kantor cabang TASPEN terdekat atau loket TASPEN di MPP; "
  .. "www.taspen.co.id; SP4N-LAPOR! (lapor.go.id)"
local PENGADUAN_SUMBER = "https://haijakarta.id/asn-dilindungi-dengan-jaminan-kecelakaan-kerja-asn-harus-tahu "
  .. "(portal berita, tanpa tanggal, dibaca 2026-12: 'Call center Taspen 1500919'); "
  .. "https://text-id.123dok.com/document/nzwor4ly-buku-saku-taspen-2016.html (Buku Saku TASPEN 2016: "
  .. "bila ada yang mengatasnamakan PT TASPEN, hubungi kantor TASPEN terdekat); https://www.taspen.co.id/persyaratan (laman resmi PT TASPEN); "
  .. "Perpres 76/2013 (SP4N-LAPOR!)"
local PENSIUN = "UU 11/1969 tentang Pensiun Pegawai dan Pensiun Janda/Duda Pegawai; UU 20/2023 tentang ASN"
local THT = "PP 25/1981 tentang Asuransi Sosial Pegawai Negeri Sipil; UU 20/2023 tentang ASN"
local JKK_JKM = "PP 70/2015 tentang JKK dan JKM bagi Pegawai ASN jo. PP 66/2017; UU 20/2023 tentang ASN"
local DOK = "Dokumen PT TASPEN 'Persyaratan dan Tata Cara Pengurusan Hak Peserta' (docplayer.info/61601646)"
local FPP = "Formulir Permintaan Pembayaran (FPP/SPP) yang diisi lengkap"
local REKENING = "Fotokopi buku rekening bank atas nama pemohon (bila dibayar melalui bank)"

-- What was looked up for each fact the services below leave unconfirmed
-- (`mppctl facts taspen` lists them per service).
local TRIED = {
  requirements = "Persyaratan dari laman pihak ketiga (chike.my.id, jambilink.id); laman Taspen tidak " ..
    "terbaca (diperiksa 2026-11; dicari lagi 2026-12: Buku Saku TASPEN 2016 di text-id.123dok.com " ..
    "hanya terbaca daftar isinya). Dicari lagi 2026-12 (khusus persyaratan): laman taspen.co.id tidak " ..
    "dapat dibaca; PP 70/2015 (JKK/JKM ASN) hanya terbaca lewat bahan sosialisasi BKN dan " ..
    "BKD Cilacap 2016 tanpa daftar dokumen klaim; selebihnya berita/blog (jambilink.id, chike.my.id). " ..
    "Dicari lagi 2026-12: laman www.taspen.co.id/persyaratan kini terbaca, tetapi hanya huruf A-C " ..
    "(THT pensiun, THT dan Askem peserta meninggal aktif, nilai tunai - dipakai untuk nilai tunai); " ..
    "bagian JKK, pensiun janda/duda/yatim, Askem keluarga, perubahan data, pindah kantor bayar dan " ..
    "pembayaran lewat Pos tidak terbaca; syarat JKK ASN hanya dari laman kepegawaian UNS " ..
    "(sdm.uns.ac.id, merangkum laman TASPEN) dan syarat pensiun yatim dari law-justice.co - bukan " ..
    "terbitan TASPEN, jadi tidak dipakai. Dicari lagi 2026-12: bagian D dan seterusnya laman " ..
    "www.taspen.co.id/persyaratan (yang terbaca tetap hanya huruf A-C), Buku Saku TASPEN 2016 " ..
    "(text-id.123dok.com: daftar isi menyebut persyaratan JKK halaman 30 dan JKM halaman 37, isinya tidak " ..
    "terbaca) dan rangkuman 'Persyaratan Taspen' di scribd serta rbtv.disway.id yang mengutip tcare.taspen.co.id " ..
    "(hanya klaim kematian pensiunan): belum ada daftar persyaratan terbitan TASPEN untuk layanan ini.",
  minutes = "Dokumen Taspen Malang 2012 (adoc.pub) menyebut 30 menit untuk SPP; standar Taspen KC " ..
    "Purwokerto tidak ditemukan (diperiksa 2026-11). Dicari lagi 2026-12: standar pelayanan MPP " ..
    "Pandeglang (online.flipbuilder.com/yxip/pkjq halaman 45) menyebut 20 menit untuk pengajuan " ..
    "pensiun TASPEN (sejak 2026-12 dipakai untuk klaim pensiun pertama saja); standar TASPEN KC Purwokerto/Semarang/" ..
    "Surakarta dan MPP Jawa Tengah lain tidak ditemukan. Penghubung instansi dapat memastikan angka " ..
    "menit dari KC Purwokerto. Dicari lagi 2026-12: flipbook standar pelayanan MPP Pandeglang hanya " ..
    "memuat 'Pengajuan Pensiun' (dipakai untuk klaim pensiun pertama); angka Malang 2012 hanya untuk " ..
    "SPP klim pensiun; MPP Banyuwangi (spm.banyuwangikab.go.id) dan SIPPN tidak memuat layanan " ..
    "TASPEN ini: tidak ada angka menit untuk layanan ini. Dicari lagi 2026-12: halaman lain " ..
    "flipbook MPP Pandeglang (hanya halaman 45 'Pengajuan Pensiun' yang terbaca), standar gerai " ..
    "TASPEN di MPP lain, SIPPN PT TASPEN dan tulisan tentang TASPEN Bandar Lampung, Manado, Madiun " ..
    "dan Kendari (otentikasi): tidak ada angka menit untuk layanan ini. Dicari lagi 2026-12 " ..
    "(kantor TASPEN mana pun): standar gerai MPP dengan susunan 'Kategori Layanan/Produk " ..
    "Layanan/Jangka Waktu' (MPP Banyuwangi), SIPPN PT TASPEN dengan kata 'Jangka Waktu Pelayanan " ..
    "menit' dan halaman lain flipbook MPP Pandeglang: yang terbaca tetap hanya 'Pengajuan Pensiun' " ..
    "20 menit (halaman 45) dan angka Malang 2012; tidak ada angka untuk layanan ini. Dicari lagi " ..
    "2026-12: analisis pelayanan TASPEN Bandar Lampung (scribd, jurnal), laporan keberlanjutan TASPEN 2017 " ..
    "dan standar gerai TASPEN di MPP lain: tidak ada angka menit untuk layanan ini. Dicari lagi 2026-12: " ..
    "tulisan enrollment/otentikasi di kantor TASPEN (asnri.com, andronesia.id: cukup KTP dan Karip, hari kerja " ..
    "08.00-15.30) dan skripsi tentang TASPEN Kota Surakarta 2021 (123dok, hanya bab sejarah terbaca): tidak ada " ..
    "angka menit.",
  completion = "Standar Taspen KC Purwokerto tidak ditemukan (diperiksa 2026-11). Dicari lagi 2026-12: " ..
    "'One Hour Service'/Layanan Klaim 1 Jam TASPEN (publicadministration.un.org, serempak.id) " ..
    "hanya menyebut klaim peserta secara umum, dipakai untuk klaim program THT saja; PP 70/2015 " ..
    "per pasal di pasal.id dan berita (voi.id, cnnindonesia.com) tidak memberi batas waktu layanan ini. " ..
    "Dicari lagi 2026-12: kompilasi standar pelayanan MPP (Pandeglang, Banyuwangi) dan SIPPN tidak " ..
    "memuat jangka waktu layanan ini. Dicari lagi 2026-12: SIPPN PT TASPEN dan standar gerai " ..
    "TASPEN di MPP mana pun tidak ditemukan. Dicari lagi 2026-12: SIPPN PT TASPEN, standar " ..
    "gerai TASPEN di MPP (Pandeglang, Banyuwangi) dan PP 70/2015 dengan kata 'paling lama ... hari " ..
    "kerja': tidak ada jangka waktu terbit untuk layanan ini. Dicari lagi 2026-12: skripsi tentang TASPEN " ..
    "Kota Surakarta 2021 dan KC Madiun 2011 (123dok, adoc.pub): bagian yang terbaca tidak memuat jangka waktu.",
  -- Sejak 2026-12 hanya dipakai layanan PT Pos di loket ini: kanal TASPEN sudah bersumber.
  complaint_channel = "Kanal TASPEN (Contact Center 1500919, kantor cabang, www.taspen.co.id, SP4N-LAPOR!) " ..
    "bersumber sejak 2026-12 (haijakarta.id, Buku Saku TASPEN 2016; sebelumnya nomor itu dicari 2026-11 dan " ..
    "2026-12 di berita, flipbook MPP Pandeglang, laporan TASPEN 2017 dan SIPPN tanpa hasil). Yang belum " ..
    "bersumber adalah kanal PT Pos 'Halo Pos 1500161' dan www.posindonesia.co.id: dicari 2026-12 di laman " ..
    "publik, yang ditemukan hanya surat pembaca 2008-2013 (suratpembaca.com, nomor keluhan lama), tidak ada " ..
    "laman PT Pos yang memuat Halo Pos 1500161.",
}

-- Klaim program THT (THT, asuransi kematian, nilai tunai): TASPEN menjalankan
-- "One Hour Service" untuk klaim peserta sejak 1992 (profil nominasi UNPSA)
-- dan "Layanan Klaim 1 Jam" yang bersertifikat ISO 9001:2015 (serempak.id).
local SATU_JAM = "https://publicadministration.un.org/en/Research/Case-Studies/unpsacases/ctl/NominationProfile/mid/1170/id/395 "
  .. "(One Hour Service PT TASPEN); "
  .. "https://serempak.id/5-hal-penting-tentang-otentikasi-pensiunan-taspen-terbaru/ (Layanan Klaim 1 Jam, ISO 9001:2015)"

local agency = mpp.agency {
  id = "taspen",
  name = "PT TASPEN (Persero) / PT Pos Indonesia (Persero)",
  short = "Taspen",
  kind = "BUMN",
  prefix = "V",
}

agency:service {
  id = "tht-pensiun-pertama",
  name = "Klaim Tabungan Hari Tua dan Pensiun Pertama (Berhenti dengan Hak Pensiun)",
  requirements = {
    FPP,
    "Asli dan fotokopi SK Pensiun",
    "Asli Surat Keterangan Penghentian Pembayaran (SKPP) gaji yang disahkan instansi berwenang (KPPN/BPKAD)",
    "Fotokopi pertimbangan teknis BKN bagi golongan IV/c ke atas yang SK pensiunnya belum ditetapkan",
    "Pas foto suami/istri terbaru 3x4 sebanyak 2 lembar",
    "Fotokopi KTP-el pemohon yang masih berlaku",
    REKENING,
    "NPWP (bila ada)",
  },
  procedure = {
    "Ambil nomor antrean dan serahkan berkas",
    "Petugas meneliti berkas dan merekam data",
    "Perekaman biometrik (otentikasi) peserta",
    "THT dibayar sekaligus dan pensiun bulanan mulai dibayar melalui mitra bayar yang dipilih",
  },
  -- Diubah 2026-12 dari 30 menit: standar pelayanan MPP Pandeglang (Banten) untuk
  -- "Pengajuan Pensiun" TASPEN memberi jangka waktu 20 menit - standar terbit kantor lain untuk
  -- layanan nasional yang sama. (Cabang Malang 2012 menyebut 30 menit untuk SPP klim langsung.)
  minutes = 20,
  -- Diubah 2026-12 dari 5 hari kerja: Layanan Klaim 1 Jam TASPEN.
  completion = { hours = 1 },
  fee = 0,
  product = "Pembayaran THT, pensiun pertama dan Kartu Identitas Pensiun (Karip)",
  complaint_channel = PENGADUAN,
  legal_basis = PENSIUN .. "; " .. THT,
  priority = true,
  source = {
    DOK .. "; suara.com 08/07/2020",
    complaint_channel = PENGADUAN_SUMBER,
    completion = SATU_JAM,
    minutes = "http://online.flipbuilder.com/yxip/pkjq/files/basic-html/page45.html (Standar Pelayanan "
      .. "MPP Pandeglang, Banten, halaman 45 'Pengajuan Pensiun' TASPEN: jangka waktu penyelesaian 20 menit, "
      .. "biaya Rp0, tahun tidak tercantum, dibaca 2026-12)",
  },
}

agency:service {
  id = "tht-meninggal-aktif",
  name = "Klaim THT dan Asuransi Kematian bagi Peserta yang Meninggal saat Aktif",
  requirements = {
    FPP,
    "Surat keterangan kematian dari lurah/kepala desa atau rumah sakit",
    "Surat keterangan ahli waris; penetapan pengadilan/penunjukan wali bila ahli waris anak di bawah umur",
    "Kutipan Perincian Penerimaan Gaji (KPPG) dari bendahara gaji",
    "Fotokopi surat nikah yang dilegalisir (KUA/Dukcapil) bila pemohon suami/istri",
    "Fotokopi KTP-el pemohon",
    REKENING,
  },
  procedure = {
    "Ambil nomor antrean dan serahkan berkas",
    "Petugas meneliti hubungan ahli waris dan data peserta",
    "THT dan Asuransi Kematian dibayar kepada ahli waris",
    "Pensiun janda/duda diproses setelah SK pensiun janda/duda terbit",
  },
  minutes = 30,
  -- Diubah 2026-12 dari 5 hari kerja: Layanan Klaim 1 Jam TASPEN.
  completion = { hours = 1 },
  fee = 0,
  product = "Pembayaran THT dan Asuransi Kematian kepada ahli waris",
  complaint_channel = PENGADUAN,
  legal_basis = THT,
  priority = true,
  source = { DOK, completion = SATU_JAM, complaint_channel = PENGADUAN_SUMBER },
  unconfirmed = {
    minutes = TRIED.minutes,
  },
}

agency:service {
  id = "jkm-asn",
  name = "Klaim Jaminan Kematian (JKM) Aparatur Sipil Negara",
  requirements = {
    FPP,
    "Surat keterangan kematian",
    "Surat keterangan ahli waris",
    "Fotokopi surat nikah yang dilegalisir dan Kartu Keluarga",
    "Surat keterangan sekolah/kuliah anak (untuk bantuan beasiswa)",
    "Fotokopi KTP-el pemohon",
    REKENING,
  },
  procedure = {
    "Ambil nomor antrean dan serahkan berkas",
    "Petugas meneliti status peserta dan ahli waris",
    "Santunan dibayar kepada ahli waris",
  },
  minutes = 30,
  completion = { days = 5 },
  fee = 0,
  product = "Santunan JKM: santunan sekaligus Rp15.000.000, uang duka wafat 3 x gaji terakhir, biaya "
    .. "pemakaman Rp7.500.000 dan beasiswa Rp15.000.000 untuk 2 orang anak bila memenuhi syarat",
  complaint_channel = PENGADUAN,
  legal_basis = JKK_JKM,
  priority = true,
  source = {
    "PP 70/2015 jo. PP 66/2017",
    complaint_channel = PENGADUAN_SUMBER,
    product = "https://www.cnnindonesia.com/ekonomi/20211111142940-83-719780/besaran-uang-duka-pensiunan-pns-dari-taspen-dan-cara-mengurusnya/amp "
      .. "(merujuk laman resmi TASPEN: manfaat ASN aktif meninggal dunia)",
  },
  unconfirmed = {
    minutes = TRIED.minutes,
    completion = TRIED.completion,
  },
}

agency:service {
  id = "jkk-asn",
  name = "Klaim Jaminan Kecelakaan Kerja (JKK) Aparatur Sipil Negara",
  requirements = {
    "Laporan kecelakaan kerja dari instansi (paling lambat 3 x 24 jam) dan kronologi kejadian",
    "Surat keterangan dokter/rumah sakit tentang perawatan dan akibat kecelakaan",
    "Kuitansi biaya pengobatan/perawatan",
    "Fotokopi SK terakhir dan KTP-el",
    REKENING,
  },
  procedure = {
    "Ambil nomor antrean dan serahkan berkas",
    "Petugas meneliti laporan dan dokumen medis",
    "Penetapan manfaat (perawatan, santunan, tunjangan cacat)",
    "Manfaat dibayar kepada peserta atau fasilitas kesehatan",
  },
  minutes = 30,
  completion = { days = 5 },
  fee = 0,
  product = "Pembayaran manfaat JKK ASN",
  complaint_channel = PENGADUAN,
  legal_basis = JKK_JKM,
  priority = true,
  source = {
    "PP 70/2015 jo. PP 66/2017 (slideplayer.info/slide/13923215 'Sosialisasi Ketaspenan')",
    complaint_channel = PENGADUAN_SUMBER,
  },
  unconfirmed = {
    requirements = TRIED.requirements .. " Dicari lagi 2026-12: syarat JKK ASN di kerjapns.com (blog, 2016: " ..
      "FPP, surat dokter TASPEN-3, surat rujukan, surat perintah tugas, berita acara pejabat berwajib, KTP, buku " ..
      "tabungan, kuitansi) dan sdm.uns.ac.id (laporan TASPEN-1 paling lambat 3 x 24 jam, TASPEN-2 berdasarkan " ..
      "TASPEN-3): bukan terbitan TASPEN, dan daftarnya berbeda dari yang tertulis di sini (ada FPP, surat perintah " ..
      "tugas dan berita acara; tidak ada SK terakhir) - penghubung instansi perlu memastikannya.",
    minutes = TRIED.minutes,
    completion = TRIED.completion,
  },
}

agency:service {
  id = "pensiun-janda-duda",
  name = "Pensiun Janda/Duda, Uang Duka Wafat dan Pensiun Terusan (Penerima Pensiun Meninggal)",
  requirements = {
    "Formulir SPP Klim yang diisi lengkap",
    "Fotokopi SK pensiun almarhum",
    "Fotokopi surat kematian yang dilegalisir lurah/kepala desa",
    "Fotokopi akta nikah/isbat nikah yang dilegalisir KUA/Pengadilan Agama atau akta perkawinan yang dilegalisir Dukcapil",
    "Fotokopi Kartu Identitas Pensiun (Karip) dan KTP-el pemohon",
    REKENING,
  },
  procedure = {
    "Ambil nomor antrean dan serahkan berkas",
    "Petugas meneliti berkas dan hubungan perkawinan",
    "Uang duka wafat (3 x penghasilan kotor terakhir) dan pensiun terusan 4 bulan dibayar",
    "SK pensiun janda/duda diterbitkan; pensiun dibayar setiap bulan",
  },
  minutes = 30,
  completion = { days = 5 },
  fee = 0,
  product = "Uang duka wafat, pensiun terusan dan SK pensiun janda/duda",
  complaint_channel = PENGADUAN,
  legal_basis = PENSIUN,
  priority = true,
  source = {
    "chike.my.id 'Syarat Klaim SPP TASPEN'; jambilink.id; UU 11/1969",
    complaint_channel = PENGADUAN_SUMBER,
    -- Dicari lagi 2026-12: standar waktu SPP klim langsung TASPEN Cabang Malang (layanan nasional
    -- yang sama; kutipan dalam artikel jurnal, bukan dokumen standar TASPEN sendiri).
    minutes = "https://adoc.pub/prosedur-pelayanan-administrasi-pembayaran-gaji-pensiun-pega.html "
      .. "(JISIP Vol. 1 No. 2, 2012, tentang PT TASPEN Cabang Malang, Jawa Timur: waktu pelayanan standar "
      .. "30 menit untuk SPP klim langsung bila persyaratan lengkap, 60 menit untuk SPP klim tidak langsung)",
  },
  unconfirmed = {
    completion = TRIED.completion,
  },
  needs = { "ktp-el" },
}

agency:service {
  id = "pensiun-yatim-piatu",
  name = "Pensiun Yatim/Piatu (Anak Penerima Pensiun)",
  requirements = {
    "Formulir SPP Klim yang diisi lengkap",
    "Fotokopi SK pensiun dan surat kematian orang tua (kedua orang tua bila yatim piatu)",
    "Fotokopi akta kelahiran anak dan Kartu Keluarga",
    "Surat keterangan belum menikah dan tidak berpenghasilan dari lurah/kepala desa",
    "Surat keterangan kuliah bagi anak berusia 21-25 tahun",
    "Penetapan wali bila anak di bawah umur",
    REKENING,
  },
  procedure = {
    "Ambil nomor antrean dan serahkan berkas",
    "Petugas meneliti hak anak (usia di bawah 25 tahun, belum menikah, tidak berpenghasilan)",
    "SK pensiun yatim/piatu diterbitkan dan pensiun dibayar setiap bulan",
  },
  minutes = 30,
  completion = { days = 5 },
  fee = 0,
  product = "SK pensiun yatim/piatu dan pembayaran pensiun bulanan",
  complaint_channel = PENGADUAN,
  legal_basis = PENSIUN,
  priority = true,
  source = {
    "jambilink.id (syarat anak penerima pensiun); chike.my.id; UU 11/1969",
    complaint_channel = PENGADUAN_SUMBER,
    -- Dicari lagi 2026-12: standar waktu SPP klim langsung TASPEN Cabang Malang (lihat pensiun janda/duda).
    minutes = "https://adoc.pub/prosedur-pelayanan-administrasi-pembayaran-gaji-pensiun-pega.html "
      .. "(JISIP Vol. 1 No. 2, 2012, tentang PT TASPEN Cabang Malang, Jawa Timur: waktu pelayanan standar "
      .. "30 menit untuk SPP klim langsung bila persyaratan lengkap, 60 menit untuk SPP klim tidak langsung)",
  },
  unconfirmed = {
    requirements = TRIED.requirements,
    completion = TRIED.completion,
  },
}

agency:service {
  id = "askem-keluarga",
  name = "Klaim Asuransi Kematian Suami/Istri/Anak Peserta",
  requirements = {
    FPP,
    "Surat keterangan kematian anggota keluarga",
    "Fotokopi surat nikah (suami/istri) atau akta kelahiran (anak) dan Kartu Keluarga",
    "Fotokopi SK terakhir atau Karip peserta",
    "Fotokopi KTP-el peserta",
    REKENING,
  },
  procedure = {
    "Ambil nomor antrean dan serahkan berkas",
    "Petugas meneliti hubungan keluarga dan data peserta",
    "Asuransi kematian dibayar kepada peserta",
  },
  minutes = 20,
  -- Diubah 2026-12 dari 5 hari kerja: Layanan Klaim 1 Jam TASPEN.
  completion = { hours = 1 },
  fee = 0,
  product = "Pembayaran Asuransi Kematian",
  complaint_channel = PENGADUAN,
  legal_basis = THT,
  priority = true,
  source = { DOK, completion = SATU_JAM, complaint_channel = PENGADUAN_SUMBER },
  unconfirmed = {
    requirements = TRIED.requirements,
    minutes = TRIED.minutes,
  },
}

agency:service {
  id = "nilai-tunai",
  name = "Klaim Nilai Tunai Asuransi (Berhenti tanpa Hak Pensiun)",
  requirements = {
    FPP,
    "Fotokopi SK pemberhentian",
    "SKPP yang dibuat dan disahkan instansi berwenang (KPPN/Pemda)",
    "Fotokopi identitas diri pemohon (KTP/SIM)",
    "Fotokopi buku rekening pemohon",
  },
  procedure = {
    "Ambil nomor antrean dan serahkan berkas",
    "Petugas meneliti berkas",
    "Nilai tunai asuransi dibayar kepada peserta",
  },
  minutes = 20,
  -- Diubah 2026-12 dari 5 hari kerja: Layanan Klaim 1 Jam TASPEN.
  completion = { hours = 1 },
  fee = 0,
  product = "Pembayaran Nilai Tunai Asuransi",
  complaint_channel = PENGADUAN,
  legal_basis = THT,
  priority = true,
  source = {
    DOK,
    complaint_channel = PENGADUAN_SUMBER,
    completion = SATU_JAM,
    -- Laman persyaratan resmi PT TASPEN (layanan nasional), dibaca 2026-12.
    requirements = "https://www.taspen.co.id/persyaratan (PT TASPEN (Persero), Daftar Persyaratan, " ..
      "huruf C 'Nilai Tunai Asuransi': FPP, fotokopi SK pemberhentian, SKPP dari KPPN/Pemda, " ..
      "fotokopi KTP/SIM pemohon, fotokopi buku rekening)",
  },
  unconfirmed = {
    minutes = TRIED.minutes,
  },
}

agency:service {
  id = "otentikasi",
  name = "Otentikasi dan Perekaman Biometrik Pensiunan",
  requirements = {
    "Pensiunan datang sendiri dengan KTP-el",
    "Kartu Identitas Pensiun (Karip) atau nomor pensiun",
    "Ponsel pintar bila ingin memakai otentikasi mandiri di aplikasi",
  },
  procedure = {
    "Ambil nomor antrean",
    "Perekaman wajah dan verifikasi identitas",
    "Pensiunan dibantu memasang dan memakai otentikasi mandiri di aplikasi ANDAL by TASPEN",
  },
  minutes = 10,
  completion = { at_counter = true },
  fee = 0,
  product = "Status otentikasi aktif sehingga pensiun bulanan dapat dibayarkan",
  complaint_channel = PENGADUAN,
  legal_basis = PENSIUN,
  priority = true,
  source = {
    "https://money.kompas.com/read/2020/02/07/184702426/otentikasi-pensiunan-taspen-selalu-gagal-ini-solusinya",
    complaint_channel = PENGADUAN_SUMBER,
    procedure = "https://money.kompas.com/read/2020/02/07/184702426/otentikasi-pensiunan-taspen-selalu-gagal-ini-solusinya "
      .. "(otentikasi di mitra bayar dengan bantuan petugas); "
      .. "https://www.detik.com/sulsel/berita/d-7900612/cara-mudah-download-akses-dan-absen-di-aplikasi-andal-by-taspen-2025 "
      .. "(mengutip laman TASPEN: ANDAL by TASPEN dipakai sejak 1 Januari 2025 untuk perekaman biometrik dan "
      .. "otentikasi lewat ponsel, sebelumnya di kantor TASPEN atau mitra bayar)",
    -- Manager PPID dan Keluhan Pelanggan TASPEN: pensiunan yang gagal otentikasi di ponsel
    -- datang ke mitra bayar dan otentikasi dilakukan langsung di sana dengan bantuan petugas;
    -- pengumuman TASPEN 23/07/2025 (dikutip jambisatu.id): tanpa ponsel, otentikasi dapat
    -- dilakukan langsung di kantor pos, mitra bayar atau kantor cabang TASPEN.
    completion = "https://money.kompas.com/read/2020/02/07/184702426/otentikasi-pensiunan-taspen-selalu-gagal-ini-solusinya "
      .. "(Manager PPID dan Keluhan Pelanggan PT TASPEN: otentikasi langsung di mitra bayar dengan bantuan petugas); "
      .. "https://jambisatu.id/daerah/4365/taspen-ubah-jadwal-otentikasi-pensiunan-wajib-bulanan-gagal-cek-gaji-tertahan "
      .. "(keterangan resmi TASPEN 23/07/2025: otentikasi langsung di kantor pos, mitra bayar atau kantor cabang)",
  },
  unconfirmed = {
    minutes = TRIED.minutes,
  },
}

agency:service {
  id = "perubahan-data",
  name = "Perubahan Data Peserta dan Penerima Pensiun",
  requirements = {
    "Surat permohonan perubahan data",
    "Karip atau nomor pensiun, dan KTP-el",
    "Dokumen pendukung sesuai data yang diubah (KK, akta nikah/cerai/kematian, akta kelahiran, buku rekening baru)",
  },
  procedure = {
    "Ambil nomor antrean dan serahkan berkas",
    "Petugas memverifikasi dokumen",
    "Data diperbarui; bila data keluarga berubah, hak janda/duda/anak disesuaikan",
  },
  minutes = 15,
  completion = { days = 1 },
  fee = 0,
  product = "Data peserta/pensiunan yang telah diperbarui",
  complaint_channel = PENGADUAN,
  legal_basis = PENSIUN .. "; " .. THT,
  priority = true,
  source = { DOK, complaint_channel = PENGADUAN_SUMBER },
  unconfirmed = {
    requirements = TRIED.requirements,
    minutes = TRIED.minutes,
    completion = TRIED.completion,
  },
}

agency:service {
  id = "pindah-kantor-bayar",
  name = "Pindah Kantor Bayar atau Mitra Bayar Pensiun",
  requirements = {
    "Surat permohonan pindah kantor bayar/mitra bayar",
    "Karip dan KTP-el",
    "Fotokopi buku rekening di mitra bayar yang baru",
    "Surat keterangan pindah alamat bila pindah domisili",
  },
  procedure = {
    "Ambil nomor antrean dan serahkan berkas",
    "Petugas memverifikasi data dan mitra bayar baru",
    "Pembayaran pensiun dialihkan mulai periode berikutnya",
  },
  minutes = 15,
  completion = { days = 5 },
  fee = 0,
  product = "Pensiun dibayar di kantor bayar/mitra bayar yang baru",
  complaint_channel = PENGADUAN,
  legal_basis = PENSIUN,
  priority = true,
  source = { DOK, complaint_channel = PENGADUAN_SUMBER },
  unconfirmed = {
    requirements = TRIED.requirements,
    minutes = TRIED.minutes,
    completion = TRIED.completion,
  },
}

agency:service {
  id = "bayar-pensiun-pos",
  name = "Pembayaran Pensiun Bulanan melalui PT Pos Indonesia",
  requirements = {
    "Penerima pensiun yang memilih PT Pos sebagai mitra bayar",
    "Karip dan KTP-el",
    "Status otentikasi aktif",
  },
  procedure = {
    "Ambil nomor antrean",
    "Petugas Pos memverifikasi identitas dan otentikasi",
    "Pensiun bulanan dibayarkan tunai atau ke rekening",
  },
  minutes = 10,
  completion = { at_counter = true },
  fee = 0,
  product = "Pembayaran pensiun bulanan",
  complaint_channel = "Halo Pos 1500161; loket PT Pos di MPP; " .. PENGADUAN,
  legal_basis = PENSIUN .. "; UU 38/2009 tentang Pos",
  priority = true,
  source = "chike.my.id (mitra bayar TASPEN); UU 38/2009",
  unconfirmed = {
    requirements = TRIED.requirements,
    minutes = TRIED.minutes,
    completion = TRIED.completion,
    complaint_channel = TRIED.complaint_channel,
  },
}

agency:service {
  id = "kiriman-pos",
  name = "Pengiriman Surat dan Paket (PT Pos Indonesia)",
  requirements = {
    "Barang/surat yang dikemas dengan aman",
    "Nama, alamat lengkap dan nomor telepon pengirim dan penerima",
  },
  procedure = {
    "Ambil nomor antrean",
    "Barang ditimbang dan jenis layanan dipilih",
    "Pembayaran tarif dan penerimaan resi untuk pelacakan",
  },
  minutes = 10,
  completion = { at_counter = true, note = "barang sampai menurut layanan kiriman yang dipilih" },
  fee = 0,
  fee_note = "Bukan gratis: tarif sesuai jenis layanan, berat dan tujuan menurut tarif PT Pos Indonesia",
  product = "Resi pengiriman dengan nomor lacak",
  complaint_channel = "Halo Pos 1500161; www.posindonesia.co.id; SP4N-LAPOR! (lapor.go.id)",
  legal_basis = "UU 38/2009 tentang Pos",
  priority = true,
  source = "UU 38/2009; https://www.posindonesia.co.id",
  unconfirmed = {
    minutes = TRIED.minutes,
    completion = TRIED.completion,
    complaint_channel = TRIED.complaint_channel,
  },
}

-- Sebagian besar pemohon lansia: kelompok prioritas didahulukan, satu
-- antrean reguler setelah dua panggilan prioritas berturut-turut agar
-- antrean reguler tetap bergerak.
agency:route { priority_first = true, regular_after_priority = 2 }
