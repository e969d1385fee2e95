-- BPJS Ketenagakerjaan: di MPP Purbalingga menerima pengajuan klaim manfaat
-- Jaminan Hari Tua (JHT), Jaminan Kematian (JKM), Jaminan Kecelakaan Kerja
-- (JKK), Jaminan Pensiun (JP) dan pendampingan Jaminan Kehilangan Pekerjaan
-- (JKP), serta pendaftaran peserta Bukan Penerima Upah dan pemberi kerja,
-- koreksi data dan penggabungan saldo. Loket 20, nomor antrean H.
--
-- Sumber (diperiksa 2026-11):
--   - bpjsketenagakerjaan.go.id, artikel "Prosedur Klaim Jaminan Pensiun"
--     (usia pensiun JP 59 tahun sejak 2025, naik 1 tahun tiap 3 tahun);
--   - persyaratan klaim JHT dan JP dari situs BPJS Ketenagakerjaan seperti
--     dikutip bisnis.com (25/07/2023), topcareer.id dan radarkepahiang;
--   - UU 40/2004; UU 24/2011; PP 46/2015 jo. PP 60/2015 (JHT);
--     Permenaker 4/2022 (tata cara dan persyaratan manfaat JHT);
--     PP 44/2015 jo. PP 82/2019 (JKK dan JKM); PP 45/2015 (JP);
--     PP 37/2021 jo. PP 6/2025 (JKP); Permenaker 5/2021.
-- Diperiksa ulang 2026-12 (pasal.id): PP 44/2015 Pasal 37 ayat (2) (manfaat
--   JKK paling lama 7 hari kerja setelah persyaratan teknis dan administratif
--   dipenuhi) dan Permenaker 29/2015 Pasal 8 ayat (2) (nomor kepesertaan
--   pemberi kerja paling lama 1 hari kerja); besaran iuran BPU (JKK 1%,
--   JKM Rp6.800, JHT 2%) dari star.grid.id 2023.
-- Diperiksa ulang 2026-12: pendaftaran BPU di kantor cabang -
--   kode bayar iuran di loket, kartu peserta paling lama 7 hari setelah iuran
--   dibayar (laman BPJS Ketenagakerjaan dikutip parapuan.co 23/09/2021 dan
--   E-Kliping Ketenagakerjaan 14/09/2021); completion BPU diubah dari "selesai
--   di loket" menjadi 7 hari.
-- Diperiksa ulang 2026-12 (persyaratan): dokumen klaim JKK menurut
--   Permenaker 5/2021 Pasal 19 sebagaimana diubah Permenaker 1/2025 (pasal.id).
-- Dicari lagi 2026-12 (minutes): kompilasi standar pelayanan MPP (MPP Pandeglang,
--   MPP Banyuwangi), SIPPN dan standar kantor cabang BPJS Ketenagakerjaan dicari;
--   tidak ada yang memuat waktu loket layanan ini, jadi tidak ada yang berubah.
-- Dicari lagi 2026-12 (SIPPN dan standar gerai MPP mana pun; batas hari JP dan JKP):
--   tidak ada sumber baru, tidak ada nilai yang berubah.
-- Diperiksa ulang 2026-12 (persyaratan JKP): bukti PHK dan syarat pengajuan manfaat
--   menurut Permenaker 15/2021 jo. Permenaker 2/2025 Pasal 9 dan 13 (pasal.id); masa iur
--   menurut PP 37/2021 Pasal 19 ayat (3) (kutipan tribunnews 16/02/2022).
-- Dicari lagi 2026-12 (besaran manfaat): santunan JKM Rp42 juta (Rp20 juta + Rp12 juta
--   berkala dibayar sekaligus + Rp10 juta pemakaman) dan beasiswa paling banyak 2 anak,
--   total Rp174 juta, menurut PP 82/2019 - keterangan Menaker 14/01/2020 (aspataki.com),
--   Kepala BPJS Ketenagakerjaan KC Baubau dan Cabang Sultra 2021 dan laman BPJAMSOSTEK
--   dikutip portalbrebes.pikiran-rakyat.com 2022; product JKM dan beasiswa kini bersumber.
-- Belum terkonfirmasi dari sumber terbit yang terbaca: persyaratan beasiswa,
-- koreksi data dan penggabungan saldo; waktu layanan di
-- loket (minutes) untuk semua layanan; batas hari pembayaran JP dan JKP.
-- Nilai yang tertulis adalah nilai yang lazim diumumkan, ditandai dalam
-- `unconfirmed`.
-- Semua layanan tidak dipungut biaya.

local PENGADUAN = "Layanan Masyarakat BPJS Ketenagakerjaan 175 (TanyaBPJAMSOSTEK, 06.00-22.00 WIB); "
  .. "surel care@bpjsketenagakerjaan.go.id; loket BPJS Ketenagakerjaan di MPP; SP4N-LAPOR! (lapor.go.id)"
local PENGADUAN_SRC = "https://katadata.co.id/berita/lifestyle/6136f6f55dd07/call-center-bpjs-ketenagakerjaan-" ..
  "pilihan-praktis-saat-ada-masalah (175, jam layanan, surel); Perpres 76/2013 (SP4N-LAPOR!)"
local UU = "UU 40/2004 tentang SJSN; UU 24/2011 tentang BPJS"
local DASAR_JHT = UU .. "; PP 46/2015 jo. PP 60/2015 tentang Jaminan Hari Tua; "
  .. "Permenaker 4/2022 tentang Tata Cara dan Persyaratan Pembayaran Manfaat JHT"
local DASAR_JKK_JKM = UU .. "; PP 44/2015 jo. PP 82/2019 tentang Penyelenggaraan Program JKK dan JKM; "
  .. "Permenaker 5/2021"
local DASAR_JP = UU .. "; PP 45/2015 tentang Penyelenggaraan Program Jaminan Pensiun"
local SUMBER = "https://www.bpjsketenagakerjaan.go.id (persyaratan klaim, dikutip bisnis.com "
  .. "25/07/2023, topcareer.id); "

-- What was looked up for each fact the services below leave unconfirmed
-- (`mppctl facts bpjs-tk` lists them per service).
-- Pembayaran manfaat JHT paling lama 5 hari kerja sejak pengajuan dan
-- persyaratan diterima lengkap dan benar (Permenaker 4/2022, disampaikan
-- Menaker dalam konferensi pers 28/4/2022).
local JHT_TIME_SRC = "Permenaker 4/2022 (pembayaran manfaat JHT paling lama 5 hari kerja), " ..
  "https://ekbis.sindonews.com/newsread/757253/34/aturan-baru-jht-beri-kemudahan-cair-paling-lama-5-hari-saja-1651154648"

local TRIED = {
  requirements = "Persyaratan dari laman BPJS Ketenagakerjaan yang dikutip media; ketentuan resmi " ..
    "terbaru tidak terbaca (diperiksa 2026-11; dicari lagi 2026-12 di pasal.id dan flipbook " ..
    "'Probis Kepesertaan' BPJS Ketenagakerjaan tanpa hasil untuk layanan ini). Dicari lagi 2026-12 " ..
    "(khusus persyaratan): pasal.id Permenaker 1/2025 (Pasal 19, dokumen klaim JKK - dipakai untuk " ..
    "klaim JKK); untuk JKP hanya pembukaan PP 37/2021 (scribd) dan berita, pasal syarat masa iuran " ..
    "tidak terbaca; untuk beasiswa hanya syarat anak (Permenaker 1/2025 Pasal 103 ayat (2)) lewat " ..
    "berita, tanpa daftar dokumen; untuk koreksi data dan penggabungan saldo tidak ada pasal yang " ..
    "memuat persyaratan. Dicari lagi 2026-12 (khusus persyaratan): Permenaker 2/2025 di pasal.id " ..
    "(Pasal 9 dan 13) kini dipakai untuk JKP; Peraturan BPJS Ketenagakerjaan 1/2022 (123dok) hanya " ..
    "terbaca pembukaannya; syarat beasiswa dari " ..
    "cinews.id/liputan6/teknokrat (berita, bukan terbitan BPJS Ketenagakerjaan), penggabungan saldo " ..
    "(amalgamasi) dari medanaktual/dealls.com (blog); SIPPN dan standar kantor cabang BPJS " ..
    "Ketenagakerjaan untuk koreksi data tidak ditemukan - tidak dipakai. " ..
    "Dicari lagi 2026-12: laman bpjsketenagakerjaan.go.id tentang dokumen beasiswa, pasal " ..
    "Permenaker 5/2021 dan 1/2025 tentang dokumen pengajuan beasiswa: yang terbaca hanya berita " ..
    "(liputan6, penasultra, tribunmedan, finansialinsight) tentang syarat anak dan besaran, tanpa " ..
    "daftar dokumen resmi; koreksi data dan penggabungan saldo tanpa sumber baru.",
  minutes = "Laman BPJS Ketenagakerjaan dan berita (antaranews 2017: verifikasi e-klaim 1x24 jam, " ..
    "verifikasi berkas sekitar 15 menit) tidak memberi waktu standar loket (dicari " ..
    "2026-12). Dicari lagi 2026-12: 'janji layanan' BPJS Ketenagakerjaan, standar pelayanan MPP " ..
    "di Jawa Tengah, SIPPN (sippn.menpan.go.id), berita Lapak Asik (kompas.com 06/05/2020, " ..
    "harianjogja 17/06/2020, antaranews Jateng): hanya kapasitas harian dan estimasi per berkas " ..
    "tanpa angka menit. Dicari lagi 2026-12: kompilasi standar pelayanan MPP mana pun (flipbook " ..
    "standar pelayanan MPP Pandeglang - yang dapat dibaca hanya halaman TASPEN; spm.banyuwangikab.go.id - " ..
    "hanya halaman BPJS Kesehatan), SIPPN (hanya layanan agen Perisai Pemkot Bontang, 12 jam kerja, " ..
    "bukan standar kantor BPJS Ketenagakerjaan) dan 'service level' klaim JHT di kantor cabang: " ..
    "tidak ada angka menit loket. Dicari lagi 2026-12 (standar kantor BPJS Ketenagakerjaan mana " ..
    "pun di Indonesia): SIPPN kantor cabang BPJS Ketenagakerjaan, laman standar pelayanan gerai " ..
    "BPJS Ketenagakerjaan di MPP (Pandeglang, Banyuwangi, Lamongan) dan tulisan tentang klaim JHT di " ..
    "KC Palembang dan Makassar: tidak ada standar terbit dengan angka menit untuk layanan ini. " ..
    "Dicari lagi 2026-12: halaman SIPPN dan standar gerai MPP dengan susunan 'Jangka Waktu " ..
    "Pelayanan/Persyaratan/Sistem, Mekanisme dan Prosedur' untuk klaim JHT, JP, JKM dan pendaftaran " ..
    "BPU, laman standar MPP Banyuwangi kategori ketenagakerjaan dan flipbook MPP Pandeglang: tidak " ..
    "ditemukan standar kantor BPJS Ketenagakerjaan yang memuat menit. " ..
    "Dicari lagi 2026-12: halaman SIPPN ('Persyaratan Pelayanan', 'Prosedur/Mekanisme', " ..
    "'Jangka Waktu') untuk klaim JHT dan pendaftaran BPU, standar gerai BPJS Ketenagakerjaan di " ..
    "MPP (termasuk Purbalingga) dan KCP Purbalingga: yang muncul hanya SIPPN Pemkot Bontang (agen " ..
    "Perisai, 12 jam kerja, sudah dicatat) serta artikel cara klaim tanpa angka menit. " ..
    "Dicari lagi 2026-12: maklumat/standar kantor cabang BPJS Ketenagakerjaan untuk klaim JHT, gerai di MPP " ..
    "('klaim JHT ... menit') dan materi Kantor Wilayah Jateng & DIY (scribd, hanya pembukaan terbaca): tidak ada " ..
    "angka menit loket.",
  completion = "PP 44/2015, PP 45/2015, Permenaker 29/2015 dan PP 37/2021 dicari per pasal di " ..
    "pasal.id (2026-12): yang terbaca hanya JKK (7 hari kerja, PP 44/2015 Pasal 37) dan " ..
    "nomor kepesertaan pemberi kerja (1 hari kerja, Permenaker 29/2015 Pasal 8); pasal batas " ..
    "hari layanan ini tidak ditemukan; standar pelayanan instansi ini di Purbalingga dan " ..
    "kabupaten Jawa Tengah lain (kata kunci 'jangka waktu penyelesaian') juga tidak ditemukan. " ..
    "Dicari lagi 2026-12: kompilasi standar pelayanan MPP (Pandeglang, Banyuwangi) dan SIPPN tidak " ..
    "memuat layanan BPJS Ketenagakerjaan ini. Dicari lagi 2026-12: SIPPN kantor cabang dan " ..
    "standar gerai BPJS Ketenagakerjaan di MPP mana pun di Indonesia tidak ditemukan. Dicari " ..
    "lagi 2026-12: batas hari pembayaran manfaat JP (PP 45/2015) dan uang tunai JKP (PP 37/2021, " ..
    "scribd hanya pembukaan) dengan kata 'paling lama ... hari kerja'; yang terbaca hanya JHT " ..
    "(Permenaker 4/2022: 5 hari kerja, sudah dipakai untuk klaim JHT) dan tidak dipindahkan ke " ..
    "program lain. " ..
    "Dicari lagi 2026-12: pasal.id Permenaker 29/2015 Pasal 8 (nomor kepesertaan 1 hari kerja), " ..
    "Pasal 12 (pemberitahuan usia pensiun 3 bulan sebelumnya) dan Pasal 26 (pensiun janda/duda) " ..
    "serta PP 45/2015 Pasal 15-17 (hrd-forum.com, kontan.co.id): tidak ada batas hari pembayaran " ..
    "manfaat JP. Dicari lagi 2026-12: 'manfaat JP dibayar paling lama ... hari kerja sejak dokumen lengkap' " ..
    "(Permenaker 29/2015, bahan Kemnaker 2022 di scribd): pasalnya tidak terbaca.",
}

-- Besaran manfaat JKM dan beasiswa menurut PP 82/2019 (mengubah PP 44/2015), sebagaimana
-- disampaikan Menaker dan kantor cabang BPJS Ketenagakerjaan (layanan nasional yang sama).
local BEASISWA_SRC = "https://aspataki.com/2020/01/pp-82-tahun-2019-tentang-bp-jamsostek.html (Menaker " ..
  "14/01/2020 tentang PP 82/2019: beasiswa 2 anak total Rp174 juta, JKM naik menjadi Rp42 juta); " ..
  "https://lenterasultra.com/web/2021/04/22/bpjs-ketenagakerjaan-beri-santunan-beasiswa-kepada-dua-ahli-waris " ..
  "(Kepala BPJS Ketenagakerjaan Cabang Sultra, Sulawesi Tenggara, 2021: beasiswa paling banyak Rp174 juta, TK " ..
  "sampai S1); https://rubriksultra.com/?p=25651 (Kepala BPJS Ketenagakerjaan KC Baubau, Sulawesi Tenggara, " ..
  "30/04/2021: paling banyak 2 anak, Rp1,5 juta SD s.d. Rp12 juta perguruan tinggi per tahun, total Rp174 juta)"
local JKM_PRODUCT_SRC = "PP 82/2019 (mengubah PP 44/2015); " ..
  "https://portalbrebes.pikiran-rakyat.com/ragam/pr-1265280960/manfaat-santunan-kematian-jkm-bpjamsostek-bukan-karena-kecelakaan-kerja?page=all " ..
  "(15/08/2022, mengutip laman BPJAMSOSTEK: santunan kematian Rp20.000.000, santunan berkala dibayar sekaligus " ..
  "Rp12.000.000, biaya pemakaman Rp10.000.000, total Rp42 juta, dan beasiswa paling banyak 2 anak); " ..
  "https://rubriksultra.com/?p=25651 (BPJS Ketenagakerjaan KC Baubau, Sulawesi Tenggara, 30/04/2021: santunan JKM " ..
  "Rp42.000.000); https://aspataki.com/2020/01/pp-82-tahun-2019-tentang-bp-jamsostek.html (Menaker 14/01/2020)"

local agency = mpp.agency {
  id = "bpjs-tk",
  name = "BPJS Ketenagakerjaan",
  short = "BPJS Ketenagakerjaan",
  kind = "BUMN",
  prefix = "H",
}

agency:service {
  id = "klaim-jht-berhenti",
  name = "Klaim JHT karena Mengundurkan Diri atau PHK",
  requirements = {
    "Kartu peserta BPJS Ketenagakerjaan (nomor KPJ)",
    "KTP-el",
    "Surat keterangan berhenti bekerja (paklaring), surat pengunduran diri yang diterima perusahaan, atau bukti PHK/putusan PHI",
    "Buku tabungan atas nama peserta",
    "NPWP bila saldo JHT di atas Rp50.000.000",
    "Telah melewati masa tunggu 1 bulan sejak tanggal berhenti bekerja",
  },
  procedure = {
    "Ambil nomor antrean",
    "Petugas memeriksa dokumen asli dan status kepesertaan",
    "Wawancara dan perekaman wajah peserta",
    "Peserta menerima tanda terima pengajuan klaim",
    "Saldo JHT ditransfer ke rekening peserta",
  },
  minutes = 20,
  completion = { days = 5 },
  fee = 0,
  product = "Pembayaran saldo JHT ke rekening peserta",
  complaint_channel = PENGADUAN,
  legal_basis = DASAR_JHT,
  priority = true,
  source = {
    SUMBER .. "Permenaker 4/2022",
    complaint_channel = PENGADUAN_SRC,
    completion = JHT_TIME_SRC,
  },
  unconfirmed = {
    minutes = TRIED.minutes,
  },
}

agency:service {
  id = "klaim-jht-usia-pensiun",
  name = "Klaim JHT karena Mencapai Usia Pensiun (56 Tahun)",
  requirements = {
    "Kartu peserta BPJS Ketenagakerjaan",
    "KTP-el",
    "Buku tabungan atas nama peserta",
    "NPWP bila saldo JHT di atas Rp50.000.000",
  },
  procedure = {
    "Ambil nomor antrean",
    "Petugas memeriksa dokumen dan usia peserta",
    "Wawancara dan perekaman wajah peserta",
    "Saldo JHT ditransfer ke rekening peserta",
  },
  minutes = 15,
  completion = { days = 5 },
  fee = 0,
  product = "Pembayaran saldo JHT ke rekening peserta",
  complaint_channel = PENGADUAN,
  legal_basis = DASAR_JHT,
  priority = true,
  source = {
    SUMBER .. "Permenaker 4/2022",
    complaint_channel = PENGADUAN_SRC,
    completion = JHT_TIME_SRC,
  },
  unconfirmed = {
    minutes = TRIED.minutes,
  },
}

agency:service {
  id = "klaim-jht-sebagian",
  name = "Klaim JHT Sebagian (10% Persiapan Pensiun atau 30% Perumahan)",
  requirements = {
    "Masa kepesertaan paling singkat 10 tahun dan masih aktif bekerja",
    "Kartu peserta BPJS Ketenagakerjaan dan KTP-el",
    "Surat keterangan masih aktif bekerja dari perusahaan",
    "Buku tabungan atas nama peserta",
    "Untuk 30% perumahan: dokumen perumahan dari bank penyalur (mis. akad kredit pemilikan rumah)",
  },
  procedure = {
    "Ambil nomor antrean",
    "Petugas memeriksa masa kepesertaan dan dokumen",
    "Peserta memilih pengambilan 10% atau 30% (hanya satu kali)",
    "Dana ditransfer ke rekening peserta atau bank penyalur",
  },
  minutes = 20,
  completion = { days = 5 },
  fee = 0,
  product = "Pembayaran sebagian saldo JHT",
  complaint_channel = PENGADUAN,
  legal_basis = DASAR_JHT .. " (PP 60/2015 Pasal 22 ayat 4)",
  priority = true,
  source = {
    SUMBER .. "PP 46/2015 jo. PP 60/2015",
    complaint_channel = PENGADUAN_SRC,
    completion = JHT_TIME_SRC,
  },
  unconfirmed = {
    minutes = TRIED.minutes,
  },
}

agency:service {
  id = "klaim-jht-ahli-waris",
  name = "Klaim JHT karena Peserta Meninggal Dunia (oleh Ahli Waris)",
  requirements = {
    "Kartu peserta BPJS Ketenagakerjaan almarhum",
    "Akta kematian atau surat keterangan kematian",
    "KTP-el ahli waris dan Kartu Keluarga",
    "Surat keterangan ahli waris dari pejabat berwenang",
    "Buku tabungan atas nama ahli waris",
  },
  procedure = {
    "Ambil nomor antrean",
    "Petugas memeriksa dokumen ahli waris",
    "Wawancara ahli waris",
    "Saldo JHT ditransfer ke rekening ahli waris",
  },
  minutes = 25,
  completion = { days = 5 },
  fee = 0,
  product = "Pembayaran saldo JHT kepada ahli waris",
  complaint_channel = PENGADUAN,
  legal_basis = DASAR_JHT,
  priority = true,
  source = {
    SUMBER .. "Permenaker 4/2022",
    complaint_channel = PENGADUAN_SRC,
    completion = JHT_TIME_SRC,
  },
  unconfirmed = {
    minutes = TRIED.minutes,
  },
  -- Urutan kunjungan (tests/journeys/kematian.txt): klaim JHT ahli waris meminta
  --   surat keterangan kematian dari dokter atau pejabat yang berwenang, bukan
  --   akta kematian (Permenaker 2/2022 Pasal 11 ayat 1,
  --   https://news.halonusa.id/berita/80525/isi-aturan-jaminan-hari-tua-jht-permenaker-nomor-2-tahun-2022/halaman/5;
  --   pasal yang sama di Permenaker 4/2022 belum terbaca), jadi klaim tidak
  --   menunggu pencatatan kematian di Dukcapil.
  needs = { "surat-kematian", "kk", "ktp-el" },
}

agency:service {
  id = "klaim-jkm",
  name = "Klaim Jaminan Kematian (JKM)",
  requirements = {
    "Kartu peserta BPJS Ketenagakerjaan almarhum",
    "Akta kematian atau surat keterangan kematian",
    "KTP-el ahli waris dan Kartu Keluarga",
    "Surat keterangan ahli waris dari pejabat berwenang",
    "Buku tabungan atas nama ahli waris",
  },
  procedure = {
    "Ambil nomor antrean",
    "Petugas memeriksa dokumen dan status iuran",
    "Wawancara ahli waris",
    "Santunan ditransfer ke rekening ahli waris",
  },
  minutes = 25,
  completion = { days = 3 },
  fee = 0,
  product = "Santunan JKM Rp42.000.000 (santunan sekaligus Rp20.000.000, santunan berkala "
    .. "24 x Rp500.000 dibayar sekaligus, biaya pemakaman Rp10.000.000) dan beasiswa anak bila memenuhi syarat",
  complaint_channel = PENGADUAN,
  legal_basis = DASAR_JKK_JKM,
  priority = true,
  source = {
    SUMBER .. "PP 82/2019",
    completion = "PP 44/2015 (manfaat JKM dibayar paling lama 3 hari kerja sejak pengajuan lengkap; " ..
      "https://cekbpjs.id/cara-mencairkan-bpjs-ketenagakerjaan/)",
    complaint_channel = PENGADUAN_SRC,
    product = JKM_PRODUCT_SRC,
  },
  unconfirmed = {
    minutes = TRIED.minutes,
  },
}

agency:service {
  id = "klaim-jkk",
  name = "Klaim Jaminan Kecelakaan Kerja (JKK)",
  -- Diubah 2026-12 mengikuti Permenaker 5/2021 Pasal 19 sebagaimana diubah Permenaker 1/2025.
  requirements = {
    "Laporan kecelakaan kerja tahap II dari pemberi kerja, paling lama 2 x 24 jam sejak pekerja " ..
      "dinyatakan sembuh, cacat atau meninggal dunia; laporan ini sekaligus pengajuan manfaat JKK",
    "Kartu peserta BPJS Ketenagakerjaan",
    "KTP-el atau bukti identitas lain",
    "Surat keterangan dokter pemeriksa dan/atau dokter penasihat",
    "Kuitansi biaya pengangkutan",
    "Kuitansi biaya pengobatan/perawatan bila berobat di fasilitas kesehatan yang belum bekerja sama " ..
      "dengan BPJS Ketenagakerjaan",
    "Dokumen pendukung lain sesuai jenis kecelakaan kerja atau penyakit akibat kerja",
  },
  procedure = {
    "Ambil nomor antrean",
    "Petugas memeriksa laporan dan dokumen medis",
    "Penetapan manfaat (penggantian biaya, santunan STMB, santunan cacat)",
    "Manfaat dibayar ke rekening peserta atau pemberi kerja",
  },
  minutes = 30,
  -- Diubah 2026-12 dari 5 hari: PP 44/2015 Pasal 37 ayat (2) menyebut paling lama 7 hari kerja.
  completion = { days = 7, note = "sejak persyaratan teknis dan administratif dipenuhi (pekerja dinyatakan sembuh)" },
  fee = 0,
  product = "Pembayaran manfaat JKK",
  complaint_channel = PENGADUAN,
  legal_basis = DASAR_JKK_JKM,
  priority = true,
  source = {
    SUMBER .. "PP 44/2015 jo. PP 82/2019; Permenaker 5/2021",
    complaint_channel = PENGADUAN_SRC,
    completion = "PP 44/2015 Pasal 37 ayat (2) (manfaat JKK paling lama 7 hari kerja); "
      .. "https://pasal.id/en/peraturan/pp/pp-no-44-tahun-2015/koreksi/9064480",
    requirements = "Permenaker 5/2021 Pasal 19 ayat (2)-(5) sebagaimana diubah Permenaker 1/2025 "
      .. "(laporan tahap II sekaligus pengajuan manfaat JKK dan dokumennya); "
      .. "https://pasal.id/peraturan/permen/permenaker-no-1-tahun-2025/koreksi/9439651",
  },
  unconfirmed = {
    minutes = TRIED.minutes,
  },
}

agency:service {
  id = "beasiswa",
  name = "Pengajuan Beasiswa Pendidikan Anak (Manfaat JKM/JKK)",
  requirements = {
    "Peserta meninggal dunia atau cacat total tetap dan memenuhi masa iuran yang ditentukan",
    "Kartu peserta dan Kartu Keluarga",
    "Akta kelahiran anak dan KTP-el wali/ahli waris",
    "Surat keterangan masih sekolah/kuliah dari lembaga pendidikan (diajukan setiap tahun)",
    "Buku tabungan atas nama anak atau wali",
  },
  procedure = {
    "Ambil nomor antrean",
    "Petugas memeriksa hak beasiswa dan jenjang pendidikan",
    "Beasiswa dibayar per tahun sesuai jenjang; diajukan ulang setiap tahun",
  },
  minutes = 20,
  completion = { days = 5 },
  fee = 0,
  product = "Beasiswa pendidikan untuk paling banyak 2 anak (total paling banyak Rp174.000.000)",
  complaint_channel = PENGADUAN,
  legal_basis = DASAR_JKK_JKM .. " (PP 82/2019)",
  priority = true,
  source = {
    SUMBER .. "PP 82/2019",
    complaint_channel = PENGADUAN_SRC,
    product = BEASISWA_SRC,
  },
  unconfirmed = {
    requirements = TRIED.requirements .. " Dicari lagi 2026-12: keterangan BPJS Ketenagakerjaan Cabang Sultra dan " ..
      "KC Baubau 2021 (lenterasultra.com, rubriksultra.com) hanya memuat syarat anak (belum bekerja, belum menikah, " ..
      "di bawah 23 tahun) dan besaran per jenjang, tanpa daftar dokumen pengajuan.",
    minutes = TRIED.minutes,
    completion = TRIED.completion,
  },
}

agency:service {
  id = "klaim-jp-berkala",
  name = "Klaim Jaminan Pensiun Berkala (Pensiun Hari Tua)",
  requirements = {
    "Mencapai usia pensiun (59 tahun sejak 2025) dan masa iuran paling singkat 15 tahun (180 bulan)",
    "Formulir pengajuan klaim JP (Formulir 7) yang diisi lengkap",
    "Kartu peserta BPJS Ketenagakerjaan",
    "KTP-el asli dan fotokopi",
    "Fotokopi Kartu Keluarga",
    "Buku tabungan atas nama peserta",
  },
  procedure = {
    "Ambil nomor antrean",
    "Petugas memeriksa usia, masa iuran dan dokumen",
    "Penetapan manfaat pensiun bulanan",
    "Pensiun dibayar setiap bulan ke rekening peserta",
  },
  minutes = 25,
  completion = { days = 5 },
  fee = 0,
  product = "Manfaat pensiun bulanan",
  complaint_channel = PENGADUAN,
  legal_basis = DASAR_JP,
  priority = true,
  source = {
    "https://www.bpjsketenagakerjaan.go.id/artikel/18905 (prosedur klaim JP); bisnis.com 25/07/2023; PP 45/2015",
    complaint_channel = PENGADUAN_SRC,
  },
  unconfirmed = {
    minutes = TRIED.minutes,
    completion = TRIED.completion,
  },
}

agency:service {
  id = "klaim-jp-sekaligus",
  name = "Klaim Manfaat Jaminan Pensiun Sekaligus (Masa Iuran Kurang dari 15 Tahun)",
  requirements = {
    "Mencapai usia pensiun dengan masa iuran kurang dari 15 tahun",
    "Formulir pengajuan klaim JP (Formulir 7)",
    "Kartu peserta BPJS Ketenagakerjaan",
    "KTP-el dan Kartu Keluarga",
    "Buku tabungan atas nama peserta",
  },
  procedure = {
    "Ambil nomor antrean",
    "Petugas memeriksa usia dan masa iuran",
    "Akumulasi iuran beserta hasil pengembangannya dibayar sekaligus ke rekening peserta",
  },
  minutes = 20,
  completion = { days = 5 },
  fee = 0,
  product = "Pembayaran sekaligus akumulasi iuran JP dan hasil pengembangannya",
  complaint_channel = PENGADUAN,
  legal_basis = DASAR_JP,
  priority = true,
  source = {
    "https://www.bpjsketenagakerjaan.go.id/artikel/18905; PP 45/2015",
    complaint_channel = PENGADUAN_SRC,
  },
  unconfirmed = {
    minutes = TRIED.minutes,
    completion = TRIED.completion,
  },
}

agency:service {
  id = "klaim-jp-ahli-waris",
  name = "Klaim Jaminan Pensiun Janda/Duda, Anak atau Orang Tua",
  requirements = {
    "Formulir pengajuan klaim JP (Formulir 7)",
    "Kartu peserta BPJS Ketenagakerjaan almarhum",
    "KTP-el ahli waris asli dan fotokopi; fotokopi Kartu Keluarga",
    "Fotokopi akta kematian peserta",
    "Fotokopi buku nikah (janda/duda) atau akta kelahiran (anak)",
    "Buku tabungan atas nama ahli waris",
  },
  procedure = {
    "Ambil nomor antrean",
    "Petugas memeriksa hubungan ahli waris dan masa iuran",
    "Penetapan pensiun janda/duda, anak atau orang tua",
    "Manfaat dibayar ke rekening ahli waris",
  },
  minutes = 25,
  completion = { days = 5 },
  fee = 0,
  product = "Manfaat pensiun janda/duda, anak atau orang tua",
  complaint_channel = PENGADUAN,
  legal_basis = DASAR_JP,
  priority = true,
  source = {
    "https://www.bpjsketenagakerjaan.go.id/artikel/18905; bisnis.com 25/07/2023; PP 45/2015",
    complaint_channel = PENGADUAN_SRC,
  },
  unconfirmed = {
    minutes = TRIED.minutes,
    completion = TRIED.completion,
  },
}

agency:service {
  id = "jkp",
  name = "Pendampingan Pengajuan Jaminan Kehilangan Pekerjaan (JKP)",
  -- Diubah 2026-12 menurut Permenaker 15/2021 jo. Permenaker 2/2025 Pasal 9 dan 13 (bukti PHK dan
  -- syarat pengajuan manfaat bulanan); syarat masa iur menurut PP 37/2021 Pasal 19 ayat (3).
  requirements = {
    "Peserta JKP yang mengalami PHK; pemberi kerja telah melaporkan PHK lewat Sistem Informasi " ..
      "Ketenagakerjaan (SIAPkerja) paling lama 7 hari kerja sejak PHK",
    "Masa iur paling sedikit 12 bulan dalam 24 bulan dan 6 bulan berturut-turut sebelum PHK",
    "Bukti PHK: bukti PHK diterima pekerja disertai tanda terima laporan PHK dari Kemnaker atau dinas " ..
      "ketenagakerjaan provinsi/kabupaten, atau perjanjian bersama disertai akta pendaftarannya di " ..
      "pengadilan hubungan industrial atau tanda terima laporan PHK",
    "NIK (KTP-el) dan akun SIAPkerja (siapkerja.kemnaker.go.id); asesmen diri pada layanan informasi " ..
      "pasar kerja saat mengajukan manfaat bulan pertama",
    "Untuk manfaat bulan kedua sampai keenam: bukti aktif mencari kerja (paling sedikit 5 lamaran atau " ..
      "1 panggilan tes/wawancara sebulan) atau kehadiran pelatihan kerja paling sedikit 80%",
  },
  procedure = {
    "Ambil nomor antrean",
    "Petugas membantu pengajuan di SIAPkerja dan memeriksa status kepesertaan",
    "Manfaat uang tunai dibayar bulanan; akses informasi pasar kerja dan pelatihan",
  },
  minutes = 20,
  completion = { days = 5 },
  fee = 0,
  product = "Pengajuan manfaat JKP (uang tunai, informasi pasar kerja, pelatihan kerja)",
  complaint_channel = PENGADUAN,
  legal_basis = UU .. "; PP 37/2021 jo. PP 6/2025 tentang Penyelenggaraan Program JKP",
  priority = true,
  source = {
    "PP 37/2021 jo. PP 6/2025; https://siapkerja.kemnaker.go.id",
    complaint_channel = PENGADUAN_SRC,
    requirements = "Permenaker 15/2021 jo. Permenaker 2/2025 Pasal 9 ayat (1)-(3) dan Pasal 13 ayat (1)-(4) " ..
      "(https://pasal.id/peraturan/permen/permenaker-no-2-tahun-2025/koreksi/6495725 dan /6495728, dibaca " ..
      "2026-12); masa iur: PP 37/2021 Pasal 19 ayat (3), dibaca lewat kutipan " ..
      "https://m.tribunnews.com/nasional/2022/02/16/menaker-permenaker-nomor-2-tahun-2022-harus-dilihat-dari-sudut-hierarki-perundang-undangan?page=4 " ..
      "(teks PP 6/2025 untuk pasal ini tidak terbaca)",
  },
  unconfirmed = {
    minutes = TRIED.minutes,
    completion = TRIED.completion,
  },
}

agency:service {
  id = "pendaftaran-bpu",
  name = "Pendaftaran Peserta Bukan Penerima Upah (BPU)",
  requirements = {
    "KTP-el (NIK)",
    "Nomor ponsel dan alamat email aktif",
    "Jenis pekerjaan dan penghasilan per bulan",
  },
  procedure = {
    "Ambil nomor antrean",
    "Petugas mendaftarkan data dan program yang dipilih (JKK, JKM, dapat ditambah JHT)",
    "Peserta menerima kode iuran dan membayar iuran pertama",
    "Kartu peserta digital aktif di aplikasi JMO",
  },
  minutes = 15,
  -- Diubah 2026-12 dari { at_counter = true }: menurut tata cara pendaftaran BPU di
  -- kantor cabang (laman BPJS Ketenagakerjaan, dikutip parapuan.co dan kliping
  -- Kemnaker 2021) di loket peserta menerima tanda terima dan kode bayar iuran;
  -- kartu peserta diterima paling lama 7 hari setelah iuran dibayar (sumber menulis
  -- "7 hari", tidak menyebut hari kerja; 7 dipakai sebagai batas atas).
  completion = { days = 7, note = "tanda terima dan kode bayar iuran diterima di loket; kartu peserta "
    .. "paling lama 7 hari setelah iuran pertama dibayar" },
  fee = 0,
  fee_note = "Layanan gratis. Iuran BPU per bulan: JKK 1% dari penghasilan yang dilaporkan, "
    .. "JKM Rp6.800, JHT 2% bila dipilih; dibayar melalui kanal pembayaran",
  product = "Kepesertaan BPJS Ketenagakerjaan BPU dan kartu peserta digital",
  complaint_channel = PENGADUAN,
  legal_basis = DASAR_JKK_JKM .. "; PP 46/2015",
  priority = true,
  source = {
    "https://www.bpjsketenagakerjaan.go.id/bpu (dikutip inews.id, jacmelchamber.org); PP 44/2015 jo. PP 82/2019",
    complaint_channel = PENGADUAN_SRC,
    fee_note = "https://star.grid.id/amp/453740395/terlengkap-cek-iuran-bpjs-ketenagakerjaan-bukan-penerima-upah-alias-mandiri-beda-pendapatan-beda-besarnya "
      .. "(2023: JHT 2%, JKK 1% dari penghasilan, JKM Rp6.800 per bulan); PP 44/2015 jo. PP 82/2019",
    completion = "https://www.parapuan.co/read/532906139/bukan-penerima-upah-bisa-daftar-bpjs-ketenagakerjaan-ini-caranya?page=all "
      .. "(23/09/2021, bersumber laman bpjsketenagakerjaan.go.id: pendaftaran BPU di kantor cabang, kartu peserta "
      .. "paling lama 7 hari setelah pembayaran); "
      .. "http://online.flipbuilder.com/plcl/oiel/files/basic-html/page154.html (E-Kliping Ketenagakerjaan "
      .. "14/09/2021, hlm. 154, isi yang sama); "
      .. "https://batam.tribunnews.com/2021/09/17/cara-mendaftar-peserta-bpjs-ketenagakerjaan-bagi-pekerja-informal-begini-syaratnya?page=2",
  },
  unconfirmed = {
    minutes = TRIED.minutes .. " Dicari lagi 2026-12 (tata cara pendaftaran BPU di kantor cabang, parapuan.co " ..
      "dan kliping Kemnaker 2021): hanya urutan langkah dan batas 7 hari kartu, tanpa menit loket.",
  },
}

agency:service {
  id = "pendaftaran-perusahaan",
  name = "Pendaftaran Pemberi Kerja (Perusahaan) dan Tenaga Kerjanya",
  requirements = {
    "Nomor Induk Berusaha (NIB) dari OSS",
    "NPWP badan usaha",
    "Data tenaga kerja (NIK, upah) yang didaftarkan",
    "Surat kuasa bila diwakilkan",
  },
  procedure = {
    "Ambil nomor antrean",
    "Petugas memverifikasi data perusahaan dan tenaga kerja",
    "Perusahaan menerima Nomor Pendaftaran Perusahaan (NPP) dan akses SIPP",
    "Iuran dibayar bulanan melalui kanal pembayaran",
  },
  minutes = 20,
  completion = { days = 1, note = "sejak formulir lengkap dan benar serta iuran pertama dibayar lunas" },
  fee = 0,
  product = "Nomor Pendaftaran Perusahaan (NPP) dan nomor kepesertaan tenaga kerja",
  complaint_channel = PENGADUAN,
  legal_basis = UU .. "; PP 44/2015 jo. PP 82/2019; PP 46/2015; PP 45/2015",
  priority = false,
  source = {
    SUMBER .. "UU 24/2011 Pasal 15 (kewajiban pemberi kerja mendaftarkan pekerja)",
    complaint_channel = PENGADUAN_SRC,
    completion = "Permenaker 29/2015 Pasal 8 ayat (2) (nomor kepesertaan paling lama 1 hari kerja); "
      .. "https://www.pasal.id/peraturan/permen/permenaker-no-29-tahun-2015/koreksi/10460088",
  },
  unconfirmed = {
    minutes = TRIED.minutes,
  },
}

agency:service {
  id = "koreksi-data",
  name = "Koreksi Data Peserta",
  requirements = {
    "Kartu peserta BPJS Ketenagakerjaan",
    "KTP-el dan Kartu Keluarga",
    "Dokumen pendukung data yang benar (mis. akta kelahiran, ijazah)",
    "Surat keterangan dari perusahaan untuk peserta Penerima Upah",
  },
  procedure = {
    "Ambil nomor antrean",
    "Petugas mencocokkan data dengan dokumen dan data kependudukan",
    "Data peserta diperbaiki",
  },
  minutes = 15,
  completion = { at_counter = true },
  fee = 0,
  product = "Data kepesertaan yang telah diperbaiki",
  complaint_channel = PENGADUAN,
  legal_basis = UU,
  priority = true,
  source = {
    SUMBER .. "Permenaker 5/2021",
    complaint_channel = PENGADUAN_SRC,
  },
  unconfirmed = {
    requirements = TRIED.requirements,
    minutes = TRIED.minutes,
    completion = TRIED.completion,
  },
}

agency:service {
  id = "penggabungan-saldo",
  name = "Penggabungan Saldo JHT (Kepesertaan Ganda)",
  requirements = {
    "Seluruh kartu peserta (nomor KPJ) yang dimiliki",
    "KTP-el",
    "Surat keterangan aktif bekerja dari perusahaan terakhir bila masih bekerja",
  },
  procedure = {
    "Ambil nomor antrean",
    "Petugas memastikan seluruh nomor KPJ milik peserta yang sama",
    "Saldo dipindahkan ke satu nomor kepesertaan aktif",
  },
  minutes = 15,
  completion = { days = 5 },
  fee = 0,
  product = "Saldo JHT tergabung dalam satu nomor kepesertaan",
  complaint_channel = PENGADUAN,
  legal_basis = DASAR_JHT,
  priority = true,
  source = {
    SUMBER .. "PP 46/2015",
    complaint_channel = PENGADUAN_SRC,
  },
  unconfirmed = {
    requirements = TRIED.requirements,
    minutes = TRIED.minutes,
    completion = TRIED.completion,
  },
}

-- Satu loket: kelompok prioritas didahulukan, satu antrean reguler
-- setelah dua panggilan prioritas berturut-turut.
agency:route { priority_first = true, regular_after_priority = 2 }
