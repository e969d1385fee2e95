-- Kantor Pelayanan Pajak (KPP) Pratama Purbalingga, Direktorat Jenderal
-- Pajak: di MPP membuka Tempat Pelayanan Terpadu (TPT) untuk pendaftaran
-- dan perubahan data wajib pajak, aktivasi akun Coretax/EFIN, PKP, surat
-- keterangan (fiskal, bebas PPh, penelitian formal PPh tanah/bangunan),
-- pemindahbukuan, pengurangan sanksi dan asistensi SPT. Loket 21, nomor
-- antrean J.
--
-- Sumber (diperiksa 2026-11, ditambah 2026-12):
--   - Standar Pelayanan KPP Pratama Bandar Lampung Satu (anyflip.com/ncrse/gppi),
--     daftar jenis layanan TPT standar DJP;
--   - KEP-378/PJ/2013 dan SE-54/PJ/2015 (daftar standar pelayanan DJP);
--   - standar pelayanan KPP Pratama Karanganyar (Kanwil DJP Jawa Tengah II,
--     2020, kppkra528.blogspot.com): aktivasi EFIN 5 menit di loket; perubahan
--     data 1 hari kerja; cetak ulang SKT 1 hari kerja; pengaktifan kembali WP
--     non-efektif 5 hari kerja; penghapusan NPWP orang pribadi paling lama
--     6 bulan;
--   - standar DJP di SIPPN (sippn.menpan.go.id, Kanwil DJP Banten,
--     Suluttenggomalut, Jawa Timur II, Jakarta Khusus): pemindahan 5 hari
--     kerja, penetapan non-efektif 5 hari kerja, sertifikat elektronik
--     1 hari kerja;
--   - PER-7/PJ/2025 Pasal 16 (pendaftaran NPWP orang pribadi 1 hari kerja,
--     baca.diskusipajak.com); PER-8/PJ/2025 (syarat dan masa berlaku SKF),
--     PER-8/PJ/2023 (SKB PPh tanah/bangunan 3 hari kerja), PER-8/PJ/2022
--     (penelitian formal PPh tanah/bangunan 3 hari), diuraikan news.ddtc.co.id;
--   - UU 6/1983 tentang KUP s.t.d.t.d. UU 6/2023; UU 7/2021 (HPP);
--     PMK 81/2024 (ketentuan perpajakan dalam rangka Coretax);
--     PMK 112/2022 (NIK sebagai NPWP); PP 34/2016 dan PMK 261/2016
--     (PPh pengalihan hak atas tanah/bangunan); PER-18/PJ/2017 (penelitian
--     bukti penyetoran PPh pengalihan tanah/bangunan);
--   - Kring Pajak 1500200 dan pengaduan.pajak.go.id (ddtc.co.id 18/11/2025,
--     ajaib.co.id); PER-07/PJ/2019 (tata cara pengaduan).
-- Semua layanan perpajakan tidak dipungut biaya (fee 0, terkonfirmasi).
-- Dicari lagi 2026-12 (kompilasi standar MPP, SIPPN KPP,
-- PER-27/PJ/2016 Standar Pelayanan di TPT, anyflip KPP Bandar Lampung Satu):
-- tidak ada sumber baru yang memuat menit atau jangka waktu yang masih terbuka.
-- Dicari lagi 2026-12 (SIPPN Kanwil DJP Kalimantan Barat dan Jawa Tengah,
-- PER-7/PJ/2025 Pasal 24-27 tentang perubahan data): juga tanpa sumber baru.
-- Dicari lagi 2026-12 (standar pelayanan gerai KPP di MPP mana pun): standar
-- KPP Pratama Banyuwangi di MPP Banyuwangi (Jawa Timur, spm.banyuwangikab.go.id,
-- tahun tidak tertera) memberi asistensi pelaporan SPT orang pribadi karyawan
-- 10 menit - standar terbit kantor lain untuk layanan nasional DJP yang sama,
-- dipakai untuk minutes dan completion asistensi SPT; laman yang sama memuat
-- kode billing dan informasi KSWP (5 menit), yang tidak ada di loket ini.
-- Belum terkonfirmasi: waktu layanan di loket (minutes) semua layanan kecuali
-- aktivasi akun/EFIN dan asistensi SPT; jangka waktu penyelesaian NPWP badan,
-- PKP (pengukuhan/pencabutan), SKF dan pengurangan sanksi.
-- Dicari lagi 2026-12 (pemadanan NIK): PER-7/PJ/2025 Pasal 16 (validasi dan
-- aktivasi NIK sebagai NPWP, paling lama 1 hari kerja setelah BPS) dan jawaban
-- Kring Pajak (pajak.com 22/11/2023: data yang tidak cocok dengan Dukcapil
-- diselesaikan dengan perubahan data di KPP terdaftar) - jangka waktu pemadanan
-- NIK di loket diubah dari "selesai di loket" menjadi 1 hari kerja.
-- Dicari lagi 2026-12 (SIPPN DJP): standar Kanwil DJP Bali untuk permohonan
-- pemindahbukuan (paling lama 10 hari sejak lengkap) dipakai untuk completion
-- pemindahbukuan (dulu 20 hari kerja tanpa sumber).
-- Dicari lagi 2026-12 (gerai KPP di MPP lain, SIPPN KPP Pratama Kudus, standar TPT
-- DJP): tanpa sumber baru untuk menit maupun jangka waktu yang masih terbuka.
-- Standar KPP Karanganyar 2020 mendahului Coretax; tenggat
-- versi PER-7/PJ/2025 dan PER-8/PJ/2025 perlu dicocokkan oleh KPP.

local PENGADUAN = "Kring Pajak 1500200; pengaduan.pajak.go.id; WISE Kemenkeu (wise.kemenkeu.go.id); "
  .. "kotak pengaduan KPP; SP4N-LAPOR! (lapor.go.id)"
local KUP = "UU 6/1983 tentang Ketentuan Umum dan Tata Cara Perpajakan s.t.d.t.d. UU 6/2023; "
  .. "UU 7/2021 tentang Harmonisasi Peraturan Perpajakan"
local DASAR = KUP .. "; PMK 81/2024"
local SUMBER = "Standar Pelayanan KPP Pratama (anyflip.com/ncrse/gppi); KEP-378/PJ/2013; PMK 81/2024"
local KRA = "https://kppkra528.blogspot.com/"

-- What was looked up for each fact the services below leave unconfirmed
-- (`mppctl facts kpp` lists them per service).
local TRIED = {
  minutes = "Dicari 2026-12: standar KPP Pratama Karanganyar 2020 (kppkra528.blogspot.com) memuat " ..
    "waktu dalam menit hanya untuk aktivasi EFIN; untuk layanan lain standar itu dan standar DJP di " ..
    "SIPPN (Kanwil DJP Banten, Jawa Timur II, Kalimantan Barat, Suluttenggomalut) hanya memuat hari " ..
    "kerja; lampiran KEP-378/PJ/2013 dan buku standar KPP Bandar Lampung Satu (anyflip.com/ncrse/gppi) " ..
    "hanya terbaca daftar isinya. Dicari lagi 2026-12: dicari kompilasi standar MPP yang " ..
    "memuat gerai KPP, halaman SIPPN KPP Pratama, buku KPP Bandar Lampung Satu (anyflip halaman " ..
    "51-94: hanya hari/bulan) dan PER-27/PJ/2016 tentang Standar Pelayanan di TPT (terbaca pasal " ..
    "umum: jam layanan, antrean, petugas; tanpa waktu per layanan). Dicari lagi 2026-12 (KPP mana " ..
    "pun): SIPPN Kanwil DJP Kalimantan Barat 'Permintaan Kembali Kartu NPWP/SKT/SPPKP' (hanya " ..
    "persyaratan dan prosedur terbaca), SIPPN Kanwil DJP Jawa Tengah, halaman MPP yang memuat gerai " ..
    "KPP dan standar lain KPP Pratama Karanganyar 2020 (perubahan data, cetak ulang SKT, penghapusan " ..
    "NPWP: hanya hari kerja/bulan); buku KPP Bandar Lampung Satu halaman 5-44 tetap tidak terbaca. " ..
    "Waktu loket perlu ditanyakan ke KPP Pratama Purbalingga. Dicari lagi 2026-12: standar " ..
    "pelayanan gerai KPP Pratama Banyuwangi di MPP Banyuwangi (spm.banyuwangikab.go.id, Jawa Timur) " ..
    "yang terbaca hanya memuat asistensi SPT (10 menit), kode billing dan informasi KSWP (5 menit); " ..
    "SIPPN Kanwil DJP DI Yogyakarta 'Aktivasi atau Penggantian EFIN' hanya hari kerja; standar DJP " ..
    "lain dengan kata 'Jangka Waktu Pelayanan menit' untuk layanan ini tidak ditemukan. Dicari lagi " ..
    "2026-12: lampiran PER-27/PJ/2016 (salinan text-id.123dok.com dan ortax.org: yang terbaca hanya " ..
    "pembukaan dan pasal umum), halaman SIPPN KPP Pratama untuk pendaftaran NPWP dan pemadanan NIK, " ..
    "standar gerai KPP di MPP lain dan tulisan standar lain di kppkra528.blogspot.com: tidak ada angka " ..
    "menit untuk layanan ini. Dicari lagi 2026-12: halaman standar gerai KPP Pratama Banyuwangi " ..
    "lainnya, SIPPN KPP Pratama Kudus (Jawa Tengah; hanya penetapan PKP berisiko rendah, dalam hari " ..
    "kerja) dan standar gerai pajak/KP2KP di MPP lain: tetap tidak ada menit untuk layanan ini.",
  completion = "Dicari 2026-12: layanan ini tidak ada di standar KPP Pratama Karanganyar 2020 " ..
    "(kppkra528.blogspot.com) maupun standar Kanwil DJP di SIPPN yang terbaca; lampiran " ..
    "KEP-378/PJ/2013 dan SE-54/PJ/2015 hanya terbaca daftar jenis layanannya. Dicari lagi " ..
    "2026-12 (kantor DJP mana pun): SIPPN Kanwil DJP dan standar gerai KPP Pratama Banyuwangi " ..
    "di MPP Banyuwangi (Jawa Timur) dengan kata 'jangka waktu'; yang ditemukan hanya " ..
    "pemindahbukuan (Kanwil DJP Bali) dan asistensi SPT (Banyuwangi), bukan layanan ini.",
  completion_badan = "Dicari 2026-12: PER-7/PJ/2025 Pasal 16 ayat (7)-(12) (selain orang pribadi " ..
    "penduduk) tidak terbaca pada uraian baca.diskusipajak.com; standar SIPPN Kanwil DJP Kalimantan " ..
    "Barat 'Pendaftaran Wajib Pajak di TPT KPP' terbaca tanpa bagian jangka waktu. Dicari lagi " ..
    "2026-12: SE-13/PJ/2003 (faqsc.xyz) mewajibkan SKT dan kartu NPWP terbit saat itu juga, tetapi " ..
    "sudah diganti aturan pendaftaran berikutnya (SE-79/PJ/2010: 1 hari kerja), jadi tidak dipakai.",
  completion_pkp = "Dicari 2026-12: standar pengukuhan PKP tidak ditemukan; SIPPN Kanwil DJP Banten " ..
    "dan Jakarta Khusus hanya memuat aktivasi akun PKP/sertifikat elektronik (10 hari kerja termasuk " ..
    "survei lokasi), bukan pengukuhan itu sendiri. Dicari lagi 2026-12: SIPPN Kanwil DJP dengan " ..
    "kata 'Pengukuhan Pengusaha Kena Pajak' tidak ditemukan; SE-79/PJ/2010 (SOP layanan unggulan, " ..
    "dikutip laporan KPP Pratama Medan Barat di 123dok.com) menyebut 1 hari kerja sejak permohonan " ..
    "lengkap, tetapi aturan itu mendahului PMK 147/2017, PER-7/PJ/2025 dan Coretax, jadi tidak " ..
    "dipakai; angka 5 hari kerja perlu dipastikan ke KPP.",
  completion_skf = "Dicari 2026-12: PER-8/PJ/2025 (uraian news.ddtc.co.id 12/8/2025): permohonan " ..
    "lewat Coretax yang memenuhi syarat langsung diterbitkan sistem; tenggat permohonan tertulis " ..
    "di KPP tidak terbaca.",
}

local agency = mpp.agency {
  id = "kpp",
  name = "Kantor Pelayanan Pajak Pratama Purbalingga",
  short = "KPP Pratama",
  kind = "vertical",
  prefix = "J",
}

agency:service {
  id = "npwp-orang-pribadi",
  name = "Pendaftaran NPWP Orang Pribadi",
  requirements = {
    "WNI: KTP-el (NIK digunakan sebagai NPWP)",
    "WNA: paspor dan KITAS/KITAP",
    "Pengusaha: keterangan tempat kegiatan usaha (mis. NIB atau surat keterangan usaha)",
    "Alamat email dan nomor ponsel aktif",
  },
  procedure = {
    "Ambil nomor antrean",
    "Petugas TPT membantu pengisian formulir pendaftaran di Coretax",
    "Penelitian data oleh petugas",
    "NPWP dan Surat Keterangan Terdaftar (SKT) diterbitkan",
  },
  minutes = 15,
  -- PER-7/PJ/2025 Pasal 16: untuk penduduk, NIK diaktifkan sebagai NPWP dan
  -- Kepala KPP menindaklanjuti paling lama 1 hari kerja sesudah bukti
  -- penerimaan surat terbit; dokumen dikirim lewat akun, email atau pos.
  completion = {
    days = 1,
    note = "NIK diaktifkan sebagai NPWP; kartu NPWP dan SKT dikirim ke akun Wajib Pajak, email atau pos",
  },
  fee = 0,
  product = "NPWP dan Surat Keterangan Terdaftar (SKT)",
  complaint_channel = PENGADUAN,
  legal_basis = DASAR .. "; PMK 112/2022; PER-7/PJ/2025",
  priority = true,
  source = {
    SUMBER .. "; PMK 112/2022",
    completion = "PER-7/PJ/2025 Pasal 16 ayat (1)-(6), diuraikan " ..
      "https://baca.diskusipajak.com/cara-daftar-npwp-langsung-atau-lewat-pos",
  },
  unconfirmed = { minutes = TRIED.minutes },
  -- Urutan kunjungan (tests/journeys/usaha-dan-pajak.txt): memberi NPWP yang
  --   diperlukan NIB dan pendaftaran wajib pajak daerah. Tanpa `needs`: WNI
  --   membawa KTP-el, WNA paspor (salah satu).
  gives = { "npwp" },
}

agency:service {
  id = "npwp-badan",
  name = "Pendaftaran NPWP Badan",
  requirements = {
    "Akta pendirian/perubahan atau dokumen pendirian badan dan pengesahan Kemenkumham",
    "NPWP/NIK salah satu pengurus yang bertanggung jawab",
    "Keterangan tempat kegiatan usaha",
    "Surat kuasa bila diwakilkan",
  },
  procedure = {
    "Ambil nomor antrean",
    "Petugas TPT membantu pendaftaran di Coretax",
    "Penelitian dokumen",
    "NPWP badan dan SKT diterbitkan",
  },
  minutes = 20,
  completion = { at_counter = true },
  fee = 0,
  product = "NPWP badan dan Surat Keterangan Terdaftar (SKT)",
  complaint_channel = PENGADUAN,
  legal_basis = DASAR .. "; PMK 112/2022",
  priority = false,
  source = SUMBER .. "; PMK 112/2022",
  unconfirmed = { minutes = TRIED.minutes, completion = TRIED.completion_badan },
}

agency:service {
  id = "pemadanan-nik",
  name = "Pemadanan dan Validasi NIK sebagai NPWP",
  requirements = {
    "KTP-el",
    "NPWP lama (15 digit) bila ada",
    "Kartu Keluarga bila data keluarga berbeda",
  },
  procedure = {
    "Ambil nomor antrean",
    "Petugas memeriksa kecocokan data Dukcapil dan data perpajakan",
    "Data dimutakhirkan; NIK aktif sebagai NPWP",
  },
  minutes = 10,
  -- Diubah 2026-12 dari "selesai di loket" (belum bersumber): PER-7/PJ/2025 Pasal 16
  -- ayat (1)-(6) mengatur validasi dan aktivasi NIK sebagai NPWP di KPP dengan tindak
  -- lanjut paling lama 1 hari kerja setelah BPS; Kring Pajak (akun resmi DJP) meminta
  -- wajib pajak yang datanya tidak cocok dengan Dukcapil mengajukan perubahan data ke
  -- KPP terdaftar, dan standar perubahan data lewat TPT juga 1 hari kerja.
  completion = {
    days = 1,
    note = "paling lama 1 hari kerja setelah bukti penerimaan surat (BPS); bila data tidak cocok "
      .. "dengan Dukcapil diproses sebagai permohonan perubahan data",
  },
  fee = 0,
  product = "NIK tervalidasi sebagai NPWP",
  complaint_channel = PENGADUAN,
  legal_basis = DASAR .. "; PMK 112/2022; PER-7/PJ/2025",
  priority = true,
  source = {
    "PMK 112/2022; PMK 81/2024",
    completion = "PER-7/PJ/2025 Pasal 16 ayat (1)-(6) (NIK divalidasi dengan data kependudukan dan "
      .. "diaktifkan sebagai NPWP; Kepala KPP menindaklanjuti paling lama 1 hari kerja setelah BPS), "
      .. "diuraikan https://baca.diskusipajak.com/cara-daftar-npwp-langsung-atau-lewat-pos; "
      .. "https://www.pajak.com/pajak/proses-pemadanan-nik-npwp-temui-kendala-simak-solusinya/ "
      .. "(Kring Pajak DJP, 22/11/2023: data NIK/KK yang tidak cocok dengan Dukcapil diselesaikan "
      .. "dengan perubahan data ke KPP terdaftar); " .. KRA
      .. "2020/09/standar-pelayanan-permohonan-perubahan_17.html (KPP Pratama Karanganyar, Kanwil DJP "
      .. "Jawa Tengah II, 2020: perubahan data lewat TPT 1 hari kerja)",
  },
  unconfirmed = { minutes = TRIED.minutes },
}

agency:service {
  id = "perubahan-data",
  name = "Perubahan Data Wajib Pajak",
  requirements = {
    "Formulir/permohonan perubahan data",
    "Dokumen yang membuktikan perubahan (mis. KTP-el, KK, akta perubahan)",
  },
  procedure = {
    "Ambil nomor antrean",
    "Petugas meneliti dokumen perubahan",
    "Data diperbarui di Coretax",
  },
  minutes = 15,
  completion = { days = 1, note = "hasil diambil paling lambat 1 hari kerja setelah bukti penerimaan surat (BPS)" },
  fee = 0,
  product = "Data wajib pajak yang telah diubah",
  complaint_channel = PENGADUAN,
  legal_basis = DASAR,
  priority = true,
  source = {
    SUMBER,
    completion = KRA .. "2020/09/standar-pelayanan-permohonan-perubahan_17.html (standar pelayanan " ..
      "KPP Pratama Karanganyar 2020: perubahan data melalui TPT, 1 hari kerja)",
  },
  unconfirmed = { minutes = TRIED.minutes },
}

agency:service {
  id = "pemindahan",
  name = "Pemindahan Tempat Wajib Pajak Terdaftar",
  requirements = {
    "Permohonan pemindahan",
    "Dokumen yang menunjukkan alamat atau tempat kegiatan usaha yang baru",
  },
  procedure = {
    "Ambil nomor antrean",
    "Penelitian permohonan",
    "Wajib pajak dipindahkan ke KPP yang wilayahnya meliputi alamat baru",
  },
  minutes = 15,
  completion = {
    days = 5,
    note = "KPP lama memutus paling lama 5 hari kerja setelah BPS; KPP baru menerbitkan kartu NPWP/SKT "
      .. "paling lambat 1 hari kerja setelah menerima tembusan surat pindah",
  },
  fee = 0,
  product = "Surat Keterangan Terdaftar di KPP baru",
  complaint_channel = PENGADUAN,
  legal_basis = DASAR,
  priority = true,
  source = {
    SUMBER,
    completion = "https://sippn.menpan.go.id/pelayanan-publik/8195341/kantor-wilayah-direktorat-jenderal-pajak-banten/pemindahan-wajib-pajak; "
      .. "https://sippn.menpan.go.id/pelayanan-publik/8302238/kantor-wilayah-direktorat-jenderal-pajak-jakarta-selatan-i/pemindahan-wajib-pajak "
      .. "(standar pelayanan DJP: keputusan KPP lama paling lama 5 hari kerja setelah BPS)",
  },
  unconfirmed = { minutes = TRIED.minutes },
}

agency:service {
  id = "non-efektif",
  name = "Penetapan Wajib Pajak Non-Efektif",
  requirements = {
    "Permohonan penetapan WP non-efektif",
    "Surat pernyataan tidak lagi melakukan kegiatan usaha/pekerjaan bebas atau penghasilan di bawah PTKP",
  },
  procedure = {
    "Ambil nomor antrean",
    "Penelitian permohonan",
    "Status wajib pajak ditetapkan non-efektif",
  },
  minutes = 10,
  completion = { days = 5, note = "paling lama 5 hari kerja setelah BPS; dapat didahului penelitian atau konfirmasi lapangan" },
  fee = 0,
  product = "Pemberitahuan penetapan Wajib Pajak Non-Efektif",
  complaint_channel = PENGADUAN,
  legal_basis = DASAR,
  priority = true,
  source = {
    SUMBER,
    completion = "https://sippn.menpan.go.id/pelayanan-publik/8132799/kantor-wilayah-direktorat-jenderal-pajak-sulawesi-utara-tengah-gorontalo-dan-maluku-utara/permohonan-penetapan-wajib-pajak-orang-pribadi-sebagai-wajib-pajak-non-efektif "
      .. "(standar pelayanan DJP, kriteria PER-04/PJ/2020: paling lama 5 hari kerja setelah BPS)",
  },
  unconfirmed = { minutes = TRIED.minutes },
}

agency:service {
  id = "aktif-kembali",
  name = "Pengaktifan Kembali Wajib Pajak Non-Efektif",
  requirements = {
    "Formulir permohonan pengaktifan kembali yang diisi lengkap dan ditandatangani",
    "SPT Masa/Tahunan, bukti pembayaran pajak, atau dokumen yang menunjukkan adanya kegiatan usaha/pekerjaan bebas",
  },
  procedure = {
    "Ambil nomor antrean",
    "Penelitian permohonan",
    "Status wajib pajak diaktifkan kembali",
  },
  minutes = 10,
  completion = { days = 5, note = "5 hari kerja setelah bukti penerimaan surat (BPS) terbit" },
  fee = 0,
  product = "Status wajib pajak aktif kembali",
  complaint_channel = PENGADUAN,
  legal_basis = DASAR,
  priority = true,
  source = {
    SUMBER,
    requirements = KRA .. "2020/10/standar-pelayanan-pengaktifan-kembali.html (KPP Pratama Karanganyar 2020)",
    completion = KRA .. "2020/10/standar-pelayanan-pengaktifan-kembali.html (KPP Pratama Karanganyar 2020: " ..
      "5 hari kerja setelah BPS)",
  },
  unconfirmed = { minutes = TRIED.minutes },
}

agency:service {
  id = "penghapusan-npwp",
  name = "Penghapusan NPWP",
  requirements = {
    "Permohonan penghapusan NPWP",
    "Dokumen pendukung sesuai alasan: akta kematian dan keterangan tidak meninggalkan warisan; "
      .. "akta pembubaran badan; surat nikah bagi wanita kawin yang memilih menggabungkan kewajiban dengan suami; "
      .. "bukti meninggalkan Indonesia selamanya",
  },
  procedure = {
    "Ambil nomor antrean",
    "Penelitian atau pemeriksaan oleh KPP",
    "Keputusan penghapusan NPWP diterbitkan (dapat lebih dari satu hari)",
  },
  minutes = 15,
  completion = {
    days = 120,
    note = "orang pribadi: paling lama 6 bulan sejak permohonan diterima lengkap; tenggat untuk badan "
      .. "tidak tercantum di standar yang dibaca",
  },
  fee = 0,
  product = "Surat Keputusan Penghapusan NPWP",
  complaint_channel = PENGADUAN,
  legal_basis = DASAR,
  priority = true,
  source = {
    SUMBER,
    completion = KRA .. "2020/10/standar-pelayanan-permohonan_1.html (KPP Pratama Karanganyar 2020: " ..
      "penghapusan NPWP orang pribadi paling lama 6 bulan)",
  },
  unconfirmed = { minutes = TRIED.minutes },
}

agency:service {
  id = "aktivasi-akun",
  name = "Aktivasi Akun Coretax dan Permintaan EFIN",
  requirements = {
    "Datang sendiri (wajib pajak orang pribadi) dengan KTP-el asli",
    "Alamat email dan nomor ponsel aktif",
    "Bagi badan: surat penunjukan pengurus, identitas pengurus",
  },
  procedure = {
    "Ambil nomor antrean",
    "Petugas memverifikasi identitas",
    "EFIN diterbitkan dan dikirim ke email; wajib pajak dibantu mengaktifkan akun Coretax",
  },
  minutes = 5,                     -- standar KPP Karanganyar: aktivasi EFIN 5 menit (dulu 10)
  completion = { at_counter = true },
  fee = 0,
  product = "EFIN dan akun Coretax aktif",
  complaint_channel = PENGADUAN,
  legal_basis = DASAR,
  priority = true,
  source = {
    SUMBER .. "; https://www.pajak.go.id (Coretax)",
    minutes = KRA .. "2020/10/standar-pelayanan-aktivasi-electronic.html (standar pelayanan KPP Pratama " ..
      "Karanganyar 2020: aktivasi EFIN orang pribadi, waktu penyelesaian 5 menit)",
    completion = KRA .. "2020/10/standar-pelayanan-aktivasi-electronic.html (EFIN dicetak dan diserahkan " ..
      "di loket TPT, standar 2020 sebelum Coretax)",
  },
}

agency:service {
  id = "sertifikat-elektronik",
  name = "Permohonan Kode Otorisasi DJP / Sertifikat Elektronik",
  requirements = {
    "Akun Coretax yang telah aktif",
    "KTP-el penanggung jawab; bagi badan: dokumen penunjukan penanggung jawab",
  },
  procedure = {
    "Ambil nomor antrean",
    "Petugas membantu permohonan di Coretax",
    "Kode otorisasi/sertifikat elektronik diterbitkan untuk menandatangani dokumen pajak (faktur, SPT)",
  },
  minutes = 15,
  completion = { days = 1, note = "paling lama 1 hari kerja setelah permohonan lengkap dan verifikasi/autentikasi identitas" },
  fee = 0,
  product = "Kode Otorisasi DJP atau Sertifikat Elektronik",
  complaint_channel = PENGADUAN,
  legal_basis = DASAR,
  priority = true,
  source = {
    "PMK 81/2024; https://www.pajak.go.id (Coretax)",
    completion = "https://sippn.menpan.go.id/pelayanan-publik/8194743/kantor-wilayah-direktorat-jenderal-pajak-jawa-timur-ii/aktivasi--sertifikat-elektronik; "
      .. "https://sippn.menpan.go.id/pelayanan-publik/8304114/kantor-wilayah-direktorat-jenderal-pajak-jakarta-khusus/pajak.go.id "
      .. "(standar pelayanan DJP: sertifikat elektronik paling lama 1 hari kerja)",
  },
  unconfirmed = { minutes = TRIED.minutes },
}

agency:service {
  id = "pengukuhan-pkp",
  name = "Pengukuhan Pengusaha Kena Pajak (PKP)",
  requirements = {
    "Permohonan pengukuhan PKP",
    "Dokumen identitas pengurus/penanggung jawab",
    "Keterangan lokasi kegiatan usaha (dapat diverifikasi ke lapangan)",
  },
  procedure = {
    "Ambil nomor antrean",
    "Penelitian dokumen dan verifikasi lokasi usaha oleh KPP",
    "Surat Pengukuhan PKP diterbitkan bila memenuhi syarat",
  },
  minutes = 20,
  completion = { days = 5 },
  fee = 0,
  product = "Surat Pengukuhan Pengusaha Kena Pajak",
  complaint_channel = PENGADUAN,
  legal_basis = DASAR .. "; UU 8/1983 tentang PPN s.t.d.t.d. UU 7/2021",
  priority = false,
  source = SUMBER,
  unconfirmed = { minutes = TRIED.minutes, completion = TRIED.completion_pkp },
}

agency:service {
  id = "pencabutan-pkp",
  name = "Pencabutan Pengukuhan PKP",
  requirements = {
    "Permohonan pencabutan pengukuhan PKP",
    "Dokumen pendukung (mis. peredaran usaha di bawah batas pengusaha kecil, usaha berhenti)",
  },
  procedure = {
    "Ambil nomor antrean",
    "Penelitian atau pemeriksaan oleh KPP",
    "Surat pencabutan pengukuhan PKP diterbitkan bila memenuhi syarat",
  },
  minutes = 15,
  completion = { days = 120 },
  fee = 0,
  product = "Surat Pencabutan Pengukuhan PKP",
  complaint_channel = PENGADUAN,
  legal_basis = DASAR .. "; UU 8/1983 tentang PPN s.t.d.t.d. UU 7/2021",
  priority = false,
  source = SUMBER,
  unconfirmed = { minutes = TRIED.minutes, completion = TRIED.completion },
}

agency:service {
  id = "surat-keterangan-fiskal",
  name = "Surat Keterangan Fiskal (SKF)",
  requirements = {
    "Permohonan SKF (lewat Coretax; tertulis di KPP bila tidak dapat diajukan secara elektronik)",
    "Telah menyampaikan SPT Tahunan PPh 2 tahun pajak terakhir dan SPT Masa PPN 3 masa pajak terakhir yang menjadi kewajibannya",
    "Tidak mempunyai utang pajak, atau seluruh utang pajak telah mendapat izin menunda/mengangsur",
    "Tidak sedang dalam proses penanganan tindak pidana di bidang perpajakan",
    "Surat kuasa khusus bila dikuasakan",
  },
  procedure = {
    "Ambil nomor antrean",
    "KPP meneliti kepatuhan pelaporan dan pembayaran",
    "SKF diterbitkan bila memenuhi syarat, atau diberi surat penolakan",
  },
  minutes = 10,
  completion = { days = 3 },
  fee = 0,
  product = "Surat Keterangan Fiskal (berlaku 1 bulan sejak diterbitkan)",
  complaint_channel = PENGADUAN,
  legal_basis = DASAR,
  priority = true,
  source = {
    SUMBER,
    requirements = "PER-8/PJ/2025 (syarat SKF), diuraikan " ..
      "https://news.ddtc.co.id/berita/nasional/1812871/catat-surat-keterangan-fiskal-skf-ada-masa-berlakunya; " ..
      "https://baca.diskusipajak.com/tata-cara-pemberian-surat-keterangan-fiskal",
    product = "PER-8/PJ/2025 Pasal 6 ayat (1) (SKF berlaku 1 bulan), dikutip " ..
      "https://news.ddtc.co.id/berita/nasional/1812871/catat-surat-keterangan-fiskal-skf-ada-masa-berlakunya",
  },
  unconfirmed = {
    minutes = TRIED.minutes,
    completion = TRIED.completion_skf,
  },
}

agency:service {
  id = "penelitian-pph-tanah",
  name = "Penelitian Formal Bukti Penyetoran PPh atas Pengalihan Hak atas Tanah dan/atau Bangunan",
  requirements = {
    "Formulir permohonan penelitian yang diisi lengkap",
    "Bukti penyetoran PPh final (SSP/bukti penerimaan negara) atas pengalihan",
    "Fotokopi KTP-el/NPWP pihak yang mengalihkan",
    "Fotokopi SPPT PBB tahun berjalan",
    "Fotokopi akta/ perjanjian pengikatan jual beli atau dokumen pengalihan",
  },
  procedure = {
    "Ambil nomor antrean",
    "Petugas meneliti kesesuaian setoran (tarif PPh final 2,5% dari nilai pengalihan, "
      .. "1% untuk rumah sederhana/rumah susun sederhana oleh pengusaha)",
    "Surat Keterangan Penelitian Formal diterbitkan untuk keperluan PPAT dan BPN",
  },
  minutes = 15,
  completion = { days = 3, note = "paling lama 3 hari bila diajukan langsung ke KPP; segera bila lewat e-PHTB" },
  fee = 0,
  product = "Surat Keterangan Penelitian Formal Bukti Pemenuhan Kewajiban Penyetoran PPh",
  complaint_channel = PENGADUAN,
  legal_basis = KUP .. "; PP 34/2016; PMK 261/2016; PER-18/PJ/2017",
  priority = true,
  source = {
    "PER-18/PJ/2017 (scribd.com salinan); PP 34/2016; PMK 261/2016; Standar Pelayanan KPP Pratama (anyflip.com/ncrse/gppi)",
    completion = "PER-8/PJ/2022 Pasal 8, diuraikan " ..
      "https://news.ddtc.co.id/berita/nasional/40627/jual-beli-tanah-ini-3-syarat-sket-penelitian-formal-pph-segera-terbit",
  },
  unconfirmed = { minutes = TRIED.minutes },
}

agency:service {
  id = "skb-pph-tanah",
  name = "Surat Keterangan Bebas PPh atas Pengalihan Hak atas Tanah dan/atau Bangunan",
  requirements = {
    "Permohonan SKB yang diisi lengkap",
    "Memenuhi syarat SKF: SPT Tahunan 2 tahun terakhir telah disampaikan dan tidak mempunyai utang pajak",
    "Fotokopi KTP-el/NPWP pemohon",
    "Fotokopi SPPT PBB tahun berjalan",
    "Dokumen alasan pembebasan: mis. surat keterangan waris, akta hibah kepada keluarga sedarah "
      .. "satu derajat, atau keterangan penghasilan di bawah PTKP dengan nilai pengalihan di bawah Rp60.000.000",
  },
  procedure = {
    "Ambil nomor antrean",
    "KPP meneliti pemenuhan syarat pengecualian",
    "SKB diterbitkan atau permohonan ditolak dengan alasan",
  },
  minutes = 15,
  completion = {
    days = 3,
    note = "paling lama 3 hari kerja sejak permohonan lengkap; bila tidak diputus, dianggap dikabulkan "
      .. "dan SKB terbit paling lama 2 hari kerja kemudian",
  },
  fee = 0,
  product = "Surat Keterangan Bebas PPh atas pengalihan hak atas tanah/bangunan",
  complaint_channel = PENGADUAN,
  legal_basis = KUP .. "; PP 34/2016; PMK 261/2016",
  priority = true,
  source = {
    "PP 34/2016; PMK 261/2016; docplayer.info 'Prosedur Pengajuan Permohonan SKB PPh atas Pengalihan Hak atas Tanah'",
    requirements = "PER-8/PJ/2025 Pasal 101 (pemohon memenuhi syarat SKF), dikutip " ..
      "https://news.ddtc.co.id/berita/daerah/1812302/petugas-pajak-beberkan-cara-ajukan-skb-untuk-phtb-waris-hingga-hibah; " ..
      "https://pajak.go.id/panduan-layanan-pajak/konten/layanan-digital/2025/layanan-administrasi/skb-pph/skb-pph-atas-penghasilan-dari-pengalihan-hak-atas-tanah-dan-atau-bangunan",
    completion = "PER-8/PJ/2023, diuraikan " ..
      "https://news.ddtc.co.id/berita/nasional/1804110/skb-atas-pengalihan-harta-rumah-warisan-diajukan-secara-tertulis",
  },
  unconfirmed = { minutes = TRIED.minutes },
}

agency:service {
  id = "pemindahbukuan",
  name = "Permohonan Pemindahbukuan (Pbk)",
  requirements = {
    "Permohonan pemindahbukuan",
    "Bukti pembayaran/penerimaan negara asli yang akan dipindahbukukan",
    "Surat kuasa bila diwakilkan",
  },
  procedure = {
    "Ambil nomor antrean",
    "Penelitian permohonan dan konfirmasi setoran",
    "Bukti Pbk diterbitkan",
  },
  minutes = 15,
  -- Standar terbit Kanwil DJP Bali di SIPPN untuk layanan nasional DJP yang
  -- sama: bukti Pbk terbit paling lama 10 hari sejak permohonan lengkap
  -- (dulu 20 hari kerja tanpa sumber).
  completion = { days = 10, note = "paling lama 10 hari sejak permohonan pemindahbukuan diterima lengkap; "
    .. "bukti Pbk diambil di TPT dengan BPS asli atau dikirim lewat pos" },
  fee = 0,
  product = "Bukti Pemindahbukuan (Pbk)",
  complaint_channel = PENGADUAN,
  legal_basis = DASAR,
  priority = true,
  source = {
    SUMBER,
    completion = "https://sippn.menpan.go.id/pelayanan-publik/8103547/kantor-wilayah-direktorat-jenderal-pajak-bali/"
      .. "standar-pelayanan-percepatan-penyelesaian-permohonan-pemindahbukuan (standar pelayanan Kanwil DJP "
      .. "Bali, Provinsi Bali, tahun tidak tertera: paling lama 10 hari sejak permohonan diterima lengkap, "
      .. "yaitu standar kantor lain untuk layanan nasional DJP yang sama)",
  },
  unconfirmed = { minutes = TRIED.minutes },
}

agency:service {
  id = "pengurangan-sanksi",
  name = "Permohonan Pengurangan atau Penghapusan Sanksi Administrasi",
  requirements = {
    "Surat permohonan untuk satu Surat Tagihan Pajak/ketetapan, dengan alasan",
    "Fotokopi ketetapan/STP yang dimohonkan",
    "Dokumen pendukung alasan kekhilafan atau bukan karena kesalahan wajib pajak",
  },
  procedure = {
    "Ambil nomor antrean",
    "Permohonan diterima dan diberi bukti penerimaan",
    "KPP meneliti permohonan dan menerbitkan keputusan",
  },
  minutes = 15,
  completion = { days = 120, note = "paling lama 6 bulan" },
  fee = 0,
  product = "Bukti penerimaan permohonan; keputusan pengurangan/penghapusan sanksi",
  complaint_channel = PENGADUAN,
  legal_basis = KUP .. " (Pasal 36 ayat 1); PMK 81/2024",
  priority = true,
  source = "UU 6/1983 (KUP) Pasal 36; PMK 81/2024",
  unconfirmed = { minutes = TRIED.minutes, completion = TRIED.completion },
}

agency:service {
  id = "asistensi-spt",
  name = "Asistensi Pelaporan SPT Tahunan",
  requirements = {
    "Akun Coretax aktif (atau diaktifkan di loket)",
    "Bukti potong PPh dari pemberi kerja (mis. formulir 1721-A1/A2)",
    "Daftar harta, utang dan tanggungan keluarga",
  },
  procedure = {
    "Ambil nomor antrean",
    "Petugas mendampingi pengisian SPT Tahunan di Coretax",
    "SPT dikirim; bukti penerimaan elektronik diterima",
  },
  -- Standar terbit KPP Pratama Banyuwangi (Jawa Timur) untuk gerainya
  -- di MPP Banyuwangi, layanan nasional DJP yang sama: "Asistensi
  -- Layanan Mandiri (Laporan SPT Orang Pribadi Karyawan)", jangka waktu
  -- 10 menit (dulu 20), SPT terkirim dalam kunjungan itu.
  minutes = 10,
  completion = { at_counter = true },
  fee = 0,
  product = "Bukti Penerimaan Elektronik SPT Tahunan",
  complaint_channel = PENGADUAN,
  legal_basis = DASAR,
  priority = true,
  source = {
    SUMBER,
    minutes = "https://spm.banyuwangikab.go.id?page=352 (standar pelayanan KPP Pratama Banyuwangi "
      .. "di MPP Banyuwangi, Jawa Timur, tahun tidak tertera: asistensi pelaporan SPT orang pribadi "
      .. "karyawan 10 menit, yaitu standar kantor lain untuk layanan nasional DJP yang sama)",
    completion = "https://spm.banyuwangikab.go.id?page=352 (KPP Pratama Banyuwangi di MPP Banyuwangi, "
      .. "Jawa Timur, tahun tidak tertera: jangka waktu 10 menit, SPT dilaporkan lewat e-filing "
      .. "bersama petugas dalam kunjungan itu)",
  },
}

agency:service {
  id = "kartu-npwp",
  name = "Permintaan Kembali Kartu NPWP dan/atau SKT",
  requirements = {
    "Permohonan cetak ulang",
    "KTP-el",
  },
  procedure = {
    "Ambil nomor antrean",
    "Petugas memverifikasi identitas",
    "Kartu NPWP dan/atau SKT dicetak ulang",
  },
  minutes = 10,
  completion = { days = 1, note = "paling lambat 1 hari kerja setelah bukti penerimaan surat (BPS)" },
  fee = 0,
  product = "Kartu NPWP dan/atau Surat Keterangan Terdaftar",
  complaint_channel = PENGADUAN,
  legal_basis = DASAR,
  priority = true,
  source = {
    SUMBER,
    completion = KRA .. "2020/09/standar-pelayanan-permohonan-cetak_30.html (KPP Pratama Karanganyar " ..
      "2020: cetak ulang SKT paling lambat 1 hari kerja setelah BPS); " ..
      "https://news-lite.ddtc.co.id/cara-cetak-ulang-kartu-npwp-badan-42368 (kartu NPWP paling lambat 1 hari kerja dari BPS)",
  },
  unconfirmed = { minutes = TRIED.minutes },
}

-- Satu loket: kelompok prioritas didahulukan, satu antrean reguler setelah
-- tiga panggilan prioritas berturut-turut.
agency:route { priority_first = true, regular_after_priority = 3 }
