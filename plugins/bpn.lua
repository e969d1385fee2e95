-- Kantor Pertanahan Kabupaten Purbalingga (Kementerian ATR/BPN): di MPP
-- menerima berkas pelayanan pertanahan: pengecekan sertipikat dan SKPT,
-- peralihan hak (jual beli, waris, hibah, pembagian hak bersama), hak
-- tanggungan dan roya, penggantian sertipikat, pemecahan/penggabungan,
-- pengukuran, pendaftaran pertama kali, perubahan hak, pencatatan (blokir,
-- sita, ganti nama, perubahan penggunaan), wakaf, informasi nilai tanah dan
-- alih media ke sertipikat elektronik. Berkas diproses di Kantor
-- Pertanahan; produk diserahkan setelah jangka waktu penyelesaian.
-- Loket 22-23, nomor antrean K.
--
-- Sumber (diperiksa 2026-11):
--   - PP 128/2015 tentang Jenis dan Tarif PNBP pada Kementerian ATR/BPN,
--     lampiran (text-id.123dok.com salinan): penggantian blanko sertipikat
--     Rp50.000; sumpah dan pengumuman sertipikat hilang Rp200.000;
--     pencatatan blokir, sita, pengangkatan sita Rp50.000; pencatatan
--     perpanjangan hak Rp50.000; perubahan penggunaan tanah Rp100.000;
--     pencatatan lain Rp50.000; informasi nilai tanah Rp50.000 per bidang;
--   - okezone.com 21/01/2024 (rangkuman PP 128/2015): pendaftaran pertama
--     kali Rp50.000; Tu pengukuran; Tpa pemeriksaan tanah + Rp350.000,
--     HSBKpa Rp67.000;
--   - Kemenag Cilacap dan MPP Kota Bogor (mpp.kotabogor.go.id/layanannew/
--     detail/217): pendaftaran tanah wakaf dan penggantian nazhir Rp0,
--     persyaratan wakaf, 5 hari;
--   - (2026-12) Permen ATR/BPN 2/2017 tentang Tata Cara Pendaftaran Tanah Wakaf
--     (dimuat laman KUA Jatikalen Kemenag Nganjuk dan hukumonline.com): persyaratan
--     pendaftaran tanah wakaf; peraturan ini mencabut persyaratan wakaf di Lampiran II
--     Perkaban 1/2010 yang dipakai MPP Kota Bogor;
--   - (2026-12) laman resmi Kementerian ATR/BPN dikutip detik.com 2025 dan Kompas.com
--     19-01-2023: penggantian sertipikat rusak/blanko lama sekitar 19 hari kerja, Rp50.000,
--     persyaratannya (dipakai juga untuk alih media, yang dicatat sebagai penggantian blanko
--     lama); FAQ atrbpn.go.id (detik.com 06-03-2024): sertipikat hilang Rp350.000;
--   - radarbogor.id 06/08/2020: sertipikat pengganti hilang paling lama
--     40 hari, Rp50.000 + Rp200.000 (tarif diganti 2026-12 dengan Rp350.000 dari FAQ
--     atrbpn.go.id, yang juga memuat Rp100.000 salinan surat ukur);
--   - SOP Pengaturan dan Pelayanan (Perkaban 6/2008, Perkaban 1/2010):
--     persyaratan pengecekan sertipikat dan peralihan hak, pengecekan
--     paling lama 1 hari;
--   - (2026-12) standar BPN di SIPPN (sippn.menpan.go.id): Kanwil BPN DKI
--     Jakarta, peralihan hak jual beli 5 hari kerja dan rumus PNBP
--     (nilai tanah x luas / 1.000 + biaya pendaftaran); Kanwil BPN Bangka
--     Belitung, perubahan hak 5 hari; bpnkotapekanbaru.com: tarif hak
--     tanggungan menurut PP 128/2015; indonesia.go.id (persyaratan
--     peralihan waris, mengutip atrbpn.go.id); PP 24/1997 Pasal 61 ayat (3)
--     (pewarisan didaftarkan dalam 6 bulan tanpa biaya pendaftaran);
--   - (2026-12) SIPPN Kanwil BPN Provinsi Jawa Tengah:
--     pengukuran dan pemetaan kadastral 18 hari kerja; standar SKPT Kantah
--     Kota Administrasi Jakarta Barat (SIPPN, dikutip skripsi di 123dok.com):
--     4 hari kerja, Rp50.000; Kepala Biro Humas Kementerian ATR/BPN
--     (Kompas.com 13-02-2026, dimuat jakarta365.net): roya Rp50.000 per
--     sertipikat; Kementerian ATR/BPN (kabargempar.com): alih media ke
--     sertipikat elektronik dikenai tarif penggantian blanko lama Rp50.000 per
--     bidang (PP 128/2015 Lampiran butir II.15);
--   - (2026-12) Kompas.com 23-10-2024 (salinan di motopp.com) mengutip laman
--     Kementerian ATR/BPN: balik nama karena pewarisan, hibah, jual beli,
--     lelang atau tukar-menukar sekitar 5 hari kerja sejak berkas lengkap;
--     Kepala Kanwil BPN Provinsi Jawa Tengah (detik.com 21-07-2025): roya
--     biasanya 3 hari, roya sertipikat elektronik lewat layanan Ralali di
--     semua kantor pertanahan Jawa Tengah sekitar 5 menit; Kasi Penetapan Hak
--     dan Pendaftaran Kantah Kabupaten Bantul, DI Yogyakarta
--     (bantulkab.go.id, 2026): roya manual paling lama 3 hari kerja;
--   - (2026-12) InfoPublik 4-12-2018 (infopublik.id, mengutip atrbpn.go.id): pengangkatan sita
--     Rp50.000, selesai tiga hari kerja (dipakai untuk layanan sita); InfoPublik 13-11-2018 berjudul
--     "Satu Hari Mengurus Pencatatan Blokir" belum dipakai karena berbeda dengan keterangan 3 hari
--     yang dikaitkan dengan Permen ATR/BPN 13/2017; standar pelayanan Kantah Kota Singkawang
--     (Kalimantan Barat, 2025, dimuat ruangwawasan.id): pemecahan/pemisahan bidang tanah 15 hari kerja;
--   - UU 5/1960 (UUPA); PP 24/1997; PP 18/2021; PMNA/KBPN 3/1997 s.t.d.t.d.
--     Permen ATR/BPN 16/2021; UU 4/1996 (Hak Tanggungan); Permen ATR/BPN
--     5/2020 (HT elektronik); Permen ATR/BPN 3/2023 (dokumen elektronik);
--     UU 41/2004 dan PP 42/2006 (wakaf).
-- Belum terkonfirmasi dari sumber yang terbaca dan ditandai pada layanan:
-- waktu di loket (minutes) semua layanan (tidak ada standar BPN/Kantah yang
-- memuat menit; pencarian 2026-12 juga mencari kompilasi standar MPP dan SIPPN);
-- tarif pengecekan, perubahan hak dan ganti nama (Rp50.000 yang lazim); rumus
-- peralihan untuk hibah dan APHB; jangka waktu sebagian besar layanan selain
-- pengecekan, SKPT, jual beli, pewarisan, hibah, hak tanggungan, roya,
-- sertipikat hilang, sertipikat rusak/blanko lama, alih media, perubahan hak,
-- pengukuran, pemecahan, sita dan wakaf (pencarian 2026-12 di SIPPN, MPP dan berita kantor
-- pertanahan tidak menemukan standar untuk layanan lain). Lihat `mppctl facts bpn`.
-- Dicari lagi 2026-12: Permen ATR/BPN 4/2017 tentang Standar Pelayanan Kementerian
-- ATR/BPN (Lampiran II berisi persyaratan, prosedur, jangka waktu dan biaya per kode
-- layanan; salinan di adoc.pub, 123dok.com dan scribd hanya terbaca bagian awal, kode
-- I.A tata ruang, sehingga belum diketahui apakah layanan Kantah di sini tercantum) -
-- penghubung Kantah dapat memeriksa lampiran itu; tidak ada nilai yang berubah.
-- Dicari lagi 2026-12: tarif pengecekan sertipikat (butir lampiran PP 128/2015 sebelum II.15 dan sesudah III.D)
-- tetap tidak terbaca; nilai Rp50.000 tetap ditandai `unconfirmed`.
-- BPHTB (pajak daerah) dan PPh pengalihan tidak dibayar di loket ini.

local PENGADUAN = "Loket pengaduan Kantor Pertanahan Kabupaten Purbalingga; aplikasi Sentuh Tanahku "
  .. "(Kementerian ATR/BPN); SP4N-LAPOR! (lapor.go.id)"
local DASAR = "UU 5/1960 (UUPA); PP 24/1997 tentang Pendaftaran Tanah; PP 18/2021; "
  .. "PMNA/KBPN 3/1997 s.t.d.t.d. Permen ATR/BPN 16/2021; PP 128/2015 tentang PNBP ATR/BPN; "
  .. "Perkaban 1/2010 tentang Standar Pelayanan dan Pengaturan Pertanahan"
local PNBP = "PP 128/2015 lampiran (text-id.123dok.com salinan)"
local SOP = "SOP Pengaturan dan Pelayanan Pertanahan (Perkaban 6/2008, Perkaban 1/2010)"
local FORMULIR = "Formulir permohonan yang diisi dan ditandatangani pemohon atau kuasanya di atas meterai"
local IDENTITAS = "Fotokopi KTP-el dan KK pemohon (dan kuasa bila dikuasakan), dicocokkan dengan aslinya oleh petugas loket"
local KUASA = "Surat kuasa bila dikuasakan"
local SERTIPIKAT = "Sertipikat asli"
local PBB = "Fotokopi SPPT PBB tahun berjalan dan bukti pembayarannya"
local PERALIHAN_FEE = "PNBP = (nilai tanah per m2 x luas m2) / 1.000 + Rp50.000 biaya pendaftaran per bidang "
  .. "(PP 128/2015); nilai tanah ditetapkan Kantor Pertanahan. BPHTB dan PPh dibayar terpisah sebelum "
  .. "berkas diajukan"
-- Standar SKPT Kantor Pertanahan Kota Administrasi Jakarta Barat di SIPPN (sipp.menpan.go.id,
-- diakses penulis 3-2-2021), dikutip skripsi tentang SKPT untuk lelang di 123dok.com. Angka
-- itu standar kantor pertanahan lain untuk layanan nasional yang sama (PP 128/2015).
local SKPT_JAKBAR = "https://123dok.com/article/mekanisme-penerbitan-skpt-surat-keterangan-pendaftaran-tanah-skpt.qo5xg0x7 " ..
  "(standar pelayanan SKPT Kantor Pertanahan Kota Administrasi Jakarta Barat, DKI Jakarta, di SIPPN, " ..
  "diakses 2021: 4 hari kerja, Rp50.000)"
local ALIH_MEDIA_FEE = "https://kabargempar.com/biaya-urus-sertifikat-tanah-elektronik-resmi-rp50-ribu-ini-syarat-dan-prosesnya " ..
  "(Kementerian ATR/BPN: alih media dicatat sebagai penggantian sertipikat blanko lama, Rp50.000 per bidang); " ..
  "PP 128/2015 Lampiran butir II.15 (text-id.123dok.com salinan)"
-- Kompas.com (tren, 23-10-2024) mengutip laman Kementerian ATR/BPN: standar nasional yang sama
-- berlaku di semua kantor pertanahan; salinan artikel yang terbaca ada di motopp.com.
local BALIK_NAMA_5HARI = "http://www.motopp.com/tren/copy/2024/10/23/100000365/twitter.com " ..
  "(salinan artikel Kompas.com 23-10-2024 yang mengutip laman Kementerian ATR/BPN: balik nama karena " ..
  "pewarisan, hibah, jual beli, lelang atau tukar-menukar sekitar 5 hari kerja sejak berkas lengkap)"
-- Layanan penggantian sertipikat (hilang, rusak, blanko lama) menurut laman resmi Kementerian ATR/BPN,
-- dikutip media nasional: standar nasional yang sama di semua kantor pertanahan.
local GANTI_RUSAK = "https://www.detik.com/properti/tips-dan-panduan/d-7743571/sertifikat-tanah-rusak-begini-cara-urus-dan-kisaran-biayanya "
  .. "(detik.com 2025, melansir situs resmi Kementerian ATR/BPN: persyaratan penggantian sertipikat rusak, "
  .. "Rp50.000 per sertipikat, sekitar 19 hari kerja); "
  .. "https://www.kompas.com/properti/read/2023/01/19/160000721/punya-sertifikat-tanah-tapi-hilang-atau-rusak-begini-cara-mengurusnya "
  .. "(Kompas.com 19-01-2023: sertipikat rusak Rp50.000, sekitar 19 hari, sertipikat hilang Rp350.000, 40 hari kerja)"
local GANTI_HILANG_FEE = "https://artikel.jumatberkah.com/tag/penggantian-sertifikat (salinan artikel detik.com "
  .. "06-03-2024 yang mengutip FAQ laman atrbpn.go.id: Rp350.000 per sertipikat = Rp200.000 sumpah + Rp100.000 "
  .. "salinan surat ukur + Rp50.000 pendaftaran); "
  .. "https://www.kompas.com/properti/read/2023/01/19/160000721/punya-sertifikat-tanah-tapi-hilang-atau-rusak-begini-cara-mengurusnya; "
  .. "https://m.tribunnews.com/amp/bisnis/2023/01/12/ini-cara-mengurus-sertifikat-tanah-hilang-dan-biaya-yang-harus-dikeluarkan?page=2"
local SIPPN_JUAL_BELI = "https://sippn.menpan.go.id/pelayanan-publik/8235928/kantor-wilayah-bpn-provinsi-dki-jakarta/peralihan-hak-jual-beli"

-- What was looked up for each fact the services below leave unconfirmed
-- (`mppctl facts bpn` lists them per service).
local TRIED = {
  requirements = "Persyaratan dari SOP Perkaban 1/2010 dan kantor pertanahan lain; Kantah Purbalingga " ..
    "tidak menerbitkannya dalam sumber terbuka (diperiksa 2026-11). Dicari lagi 2026-12: " ..
    "mpp.kotabogor.go.id/layanannew/detail/217 memuat persyaratan pendaftaran wakaf (bukan " ..
    "penggantian nazhir) dan tarif Rp0 penggantian nazhir; laman KUA (kuatrtimur.blogspot.com) " ..
    "memuat syarat penggantian nazhir di KUA/BWI, bukan di Kantor Pertanahan. Dicari lagi 2026-12: " ..
    "Permen ATR/BPN 2/2017 tentang Tata Cara Pendaftaran Tanah Wakaf (yang terbaca lewat hukumonline.com, " ..
    "voi.id dan laman KUA Jatikalen Kemenag Nganjuk hanya persyaratan pendaftaran tanah wakaf, dipakai " ..
    "untuk layanan wakaf) dan pasal penggantian nazhir di Kantor Pertanahan: tidak ditemukan daftar " ..
    "persyaratan terbit untuk pencatatan penggantian nazhir.",
  procedure = "Dicari 2026-12: alur loket pendampingan HT-el Kantah Purbalingga tidak ditemukan; " ..
    "bpnkotapekanbaru.com memuat persyaratan dan tarif pendaftaran hak tanggungan (7 hari kerja), " ..
    "bukan alur loket informasi HT-el.",
  minutes = "Dicari 2026-12: Perkaban 1/2010 dan Perkaban 6/2008 hanya memuat hari; standar BPN yang " ..
    "terbaca (Kanwil BPN DKI dan Bangka Belitung di sippn.menpan.go.id, kantahkobar1.crd.co, " ..
    "bpnkotapekanbaru.com) juga tanpa waktu loket; standar Kantah/MPP di Jawa Tengah yang memuat " ..
    "menit tidak ditemukan (berita Kantah Batang tanpa angka). Dicari lagi 2026-12: dicari " ..
    "kompilasi standar pelayanan MPP yang memuat loket BPN (MPP Kota Bogor, MPP di Jawa Tengah), " ..
    "SIPPN Kanwil BPN Jawa Tengah (pengukuran: hanya 18 hari kerja) dan Bali, kantahkobar1.crd.co: " ..
    "semuanya hanya memuat hari kerja. Dicari lagi 2026-12 (kantor pertanahan mana pun): halaman " ..
    "SIPPN kantor pertanahan untuk pengecekan, roya dan pewarisan, halaman layanan BPN di MPP " ..
    "(mpp.kotabogor.go.id), Perkaban 6/2008 Lampiran (123dok.com) dan berita kantor pertanahan dengan " ..
    "kata 'menit': tidak ada waktu loket BPN yang diterbitkan; satu-satunya angka menit adalah roya " ..
    "sertipikat elektronik lewat layanan Ralali Kanwil BPN Jawa Tengah (detik.com 21-07-2025), hanya " ..
    "untuk roya. Perlu ditanyakan ke Kantah Purbalingga. Dicari lagi 2026-12: standar gerai Kantor " ..
    "Pertanahan di MPP (spm.banyuwangikab.go.id dan kompilasi MPP lain), Lampiran II Permen ATR/BPN " ..
    "4/2017 tentang Standar Pelayanan Kementerian ATR/BPN (salinan adoc.pub, 123dok.com, scribd: yang " ..
    "terbaca hanya bagian awal) dan berita pengecekan sertipikat: tidak ada angka menit. Dicari lagi " ..
    "2026-12: SIPPN Kantah Kota Magelang (Kanwil BPN Jawa Tengah) dan Kantah Kota Denpasar (Kanwil BPN " ..
    "Bali), layanan BPN di MPP Kota Bogor dan artikel InfoPublik yang mengutip laman ATR/BPN: hanya hari kerja.",
  completion = "Dicari 2026-12: Lampiran II Perkaban 1/2010 tidak terbaca langsung; standar per layanan " ..
    "di SIPPN hanya ditemukan untuk jual beli (Kanwil BPN DKI) dan perubahan hak (Kanwil BPN Bangka " ..
    "Belitung); kantahkobar1.crd.co hanya terbaca bagian pembuka; bpnkotapekanbaru.com hanya terbaca " ..
    "hak tanggungan dan pemberian hak pertama kali. Dicari lagi 2026-12: SIPPN Kanwil BPN " ..
    "Jawa Tengah hanya terbaca untuk pengukuran; kantahjaksel.id memuat tabel tarif yang " ..
    "bertentangan dengan PP 128/2015 (bukan laman resmi ATR/BPN), jadi tidak dipakai. Dicari lagi " ..
    "2026-12: standar kantor pertanahan (SIPPN, MPP, laman kantah) untuk layanan ini tidak ditemukan; " ..
    "Perkaban 6/2008 Lampiran (123dok.com, wongsubah.blogspot.com) hanya terbaca untuk pengecekan dan " ..
    "jual beli; angka di media tanpa menyebut standar (mis. pemecahan 'biasanya sekitar 15 hari " ..
    "kerja', radarseluma.disway.id) tidak dipakai (angka sertipikat rusak dan blanko lama 'sekitar 19 hari " ..
    "kerja' kini dipakai untuk layanan itu karena detik.com 2025 melansirnya dari situs resmi ATR/BPN). " ..
    "Dicari lagi 2026-12: Lampiran II Permen ATR/BPN 4/2017 tentang Standar Pelayanan Kementerian " ..
    "ATR/BPN (adoc.pub, 123dok.com, scribd: hanya bagian awal, layanan tata ruang kode I.A, terbaca), " ..
    "Perkaban 1/2010 versi lengkap di fliphtml5.com (hanya halaman pasal umum terbaca), tesis ganti nama " ..
    "sertipikat di Kantah Deli Serdang (123dok.com, hanya halaman judul) dan Permen ATR/BPN 13/2017 " ..
    "(blokir: catatan berlaku 30 hari, tanpa tenggat pencatatan; jurnal Notarius 2023 menyebut pengkajian " ..
    "blokir di Kantah Deli Serdang paling lama 3 hari kerja - praktik satu kantor, bukan standar terbit): " ..
    "tidak ada jangka waktu terbit untuk layanan ini.",
  completion_pertama = "Dicari 2026-12: bpnkotapekanbaru.com memuat pemberian hak pertama kali " ..
    "(pengukuran 12, SK 38, pendaftaran 7 hari kerja), bukan penegasan/pengakuan hak milik adat " ..
    "dengan pengumuman 60 hari; standar untuk layanan ini belum terbaca.",
  fee = "Dicari 2026-12: salinan lampiran PP 128/2015 (text-id.123dok.com) terbaca butir II.15-22 " ..
    "dan III.A-D, tanpa butir untuk layanan ini; SIPPN Kanwil BPN hanya menulis 'sesuai PP PNBP'.",
  fee_pengecekan = "Dicari 2026-12: butir pengecekan sertipikat tidak ada di bagian lampiran " ..
    "PP 128/2015 yang terbaca (text-id.123dok.com, butir II.15-22 dan III.A-D); Perkaban 6/2008 " ..
    "Lampiran I menyebut Rp25.000 per sertipikat menurut tarif lama PP 46/2002. Dicari lagi " ..
    "2026-12: salinan lampiran PP 128/2015 di text-id.123dok.com terbaca lagi hanya sampai butir III.D " ..
    "(informasi nilai tanah); butir pengecekan sertipikat di bagian sesudahnya tidak muncul; pasal.id, " ..
    "MPP Kota Bogor dan SIPPN Kantah tidak memberi tarif pengecekan; media (jejaktanah.id, okezone) " ..
    "tidak menyebut pengecekan. Dicari lagi 2026-12: butir lampiran PP 128/2015 sebelum II.15 " ..
    "(halaman 5 salinan) tetap tidak terbaca; serayunews.com (2025) hanya menyebut 'biasanya " ..
    "Rp50.000-Rp100.000' tanpa dasar; pernyataan Humas ATR/BPN yang terbaca hanya untuk roya dan " ..
    "alih media. Dicari lagi 2026-12: salinan PP 128/2015 di docplayer.info dan pasal.id, Juknis " ..
    "layanan informasi pertanahan elektronik (Juknis 5/2021 di scribd, Juknis 3/Juknis-HK.02/IV/2022 " ..
    "di siruslaw.blogspot.com) dan berita kantor pertanahan: hanya daftar isi/pengantar yang terbaca, " ..
    "butir tarif pengecekan tetap tidak ada. Dicari lagi 2026-12: Lampiran II Permen ATR/BPN 4/2017 " ..
    "tentang Standar Pelayanan Kementerian ATR/BPN (adoc.pub, 123dok.com, scribd: yang terbaca hanya " ..
    "bagian awal), Juknis 3/Juknis-HK.02/IV/2022 dan surat Sekjen ATR/BPN HK.02/569/IV/2022 tentang " ..
    "pengecekan sertipikat elektronik (siruslaw.blogspot.com, scribd: tanpa tarif), salinan lampiran " ..
    "PP 128/2015 di text-id.123dok.com (lagi-lagi mulai butir II.15) dan berita/blog biaya cek " ..
    "sertifikat (serayunews.com 2025 'Rp50.000-Rp100.000', klinikpertanahan.com: bukan sumber resmi). " ..
    "Perlu dipastikan dari lampiran PP 128/2015 butir pengecekan atau Sentuh Tanahku. Dicari lagi 2026-12: " ..
    "artikel yang mengutip situs PPID Kementerian ATR/BPN (blog.tribunjualbeli.com) terbaca hanya sampai " ..
    "sebelum angka biaya; puanproperty.com menulis Rp50.000 dan 1x24 jam tanpa sumber resmi, jadi belum dipakai. " ..
    "Dicari lagi 2026-12: butir II.1-14 dan butir III sesudah huruf D lampiran PP 128/2015 (text-id.123dok.com) tetap " ..
    "tidak terbaca; laman info layanan Kantah Kotawaringin Barat (kantahkobar1.crd.co) hanya terbaca persyaratan " ..
    "pengukuran; artikel yang mengutip PPID ATR/BPN (blog.tribunjualbeli.com) tetap terpotong sebelum biaya.",
  fee_ganti_nama = "Dicari 2026-12: lampiran PP 128/2015 butir II.22 'pencatatan lain' Rp50.000 per " ..
    "bidang terbaca (text-id.123dok.com), tetapi tidak disebut bahwa perubahan nama pemegang hak " ..
    "termasuk di dalamnya.",
  fee_note = "Dicari 2026-12: rumus untuk layanan ini belum terbaca di salinan lampiran PP 128/2015; " ..
    "rumus peralihan (nilai tanah x luas / 1.000 + biaya pendaftaran) hanya ditemukan pada standar " ..
    "jual beli Kanwil BPN DKI di SIPPN.",
}

local agency = mpp.agency {
  id = "bpn",
  name = "Kantor Pertanahan Kabupaten Purbalingga",
  short = "BPN",
  kind = "vertical",
  prefix = "K",
}

agency:service {
  id = "pengecekan-sertipikat",
  name = "Pengecekan Sertipikat",
  requirements = { FORMULIR, KUASA, IDENTITAS, SERTIPIKAT },
  procedure = {
    "Ambil nomor antrean dan serahkan berkas",
    "Bayar PNBP dengan Surat Perintah Setor (SPS)",
    "Sertipikat dicocokkan dengan buku tanah dan data elektronik",
    "Hasil pengecekan dicatat pada sertipikat; paling lama 1 hari",
  },
  minutes = 10,
  completion = { days = 1 },
  fee = 50000,
  fee_note = "Rp50.000 per sertipikat (PP 128/2015)",
  product = "Sertipikat yang telah dicek kesesuaiannya dengan buku tanah",
  complaint_channel = PENGADUAN,
  legal_basis = DASAR,
  priority = true,
  source = {
    SOP .. "; " .. PNBP,
    completion = "Perkaban 1/2010 tentang Standar Pelayanan dan Pengaturan Pertanahan (pengecekan " ..
      "sertipikat paling lama 1 hari)",
  },
  unconfirmed = {
    minutes = TRIED.minutes,
    fee = TRIED.fee_pengecekan,
    fee_note = "Catatan biaya ini menyebut angka yang sama dengan biaya, yang belum terkonfirmasi: " ..
      TRIED.fee_pengecekan,
  },
}

agency:service {
  id = "skpt",
  name = "Surat Keterangan Pendaftaran Tanah (SKPT)",
  requirements = { FORMULIR, KUASA, IDENTITAS, "Fotokopi sertipikat atau data bidang tanah yang dimohonkan",
    "Keperluan permohonan (mis. lelang, pengadilan)" },
  procedure = {
    "Ambil nomor antrean dan serahkan berkas",
    "Bayar PNBP dengan SPS",
    "Petugas meneliti buku tanah dan data yuridis",
    "SKPT diterbitkan",
  },
  minutes = 10,
  completion = { days = 4 },       -- dulu 5 hari (belum bersumber); standar Kantah Jakarta Barat: 4
  fee = 50000,
  fee_note = "Rp50.000 per bidang (PP 128/2015)",
  product = "Surat Keterangan Pendaftaran Tanah",
  complaint_channel = PENGADUAN,
  legal_basis = DASAR,
  priority = true,
  source = {
    PNBP .. "; " .. SOP,
    completion = SKPT_JAKBAR,
    fee = SKPT_JAKBAR .. "; " .. PNBP,
  },
  unconfirmed = { minutes = TRIED.minutes },
}

agency:service {
  id = "peralihan-jual-beli",
  name = "Peralihan Hak - Jual Beli",
  requirements = {
    "Surat permohonan; " .. KUASA,
    SERTIPIKAT,
    "Akta Jual Beli dari PPAT",
    "Fotokopi identitas pemegang hak, penerima hak dan kuasanya",
    "Bukti pelunasan BPHTB dan bukti setor PPh (telah diteliti KPP)",
    PBB,
  },
  procedure = {
    "PPAT atau pemohon mengambil nomor antrean dan menyerahkan berkas",
    "Bayar PNBP dengan SPS",
    "Pemeriksaan berkas dan pencatatan peralihan pada buku tanah dan sertipikat",
    "Sertipikat atas nama penerima hak diserahkan",
  },
  minutes = 15,
  completion = { days = 5 },
  fee = 50000,
  fee_note = PERALIHAN_FEE,
  product = "Sertipikat yang telah dicatat atas nama pemegang hak baru",
  complaint_channel = PENGADUAN,
  legal_basis = DASAR .. "; UU 1/2022 (BPHTB); PP 34/2016 (PPh)",
  priority = true,
  source = {
    SOP .. "; " .. PNBP,
    completion = "Perkaban 1/2010 Lampiran II (peralihan hak jual beli 5 hari kerja), dimuat standar " ..
      "pelayanan Kanwil BPN DKI Jakarta " .. SIPPN_JUAL_BELI,
    fee_note = SIPPN_JUAL_BELI .. " (rumus nilai tanah x luas / 1.000 + biaya pendaftaran); " .. PNBP,
  },
  unconfirmed = { minutes = TRIED.minutes },
  -- Urutan kunjungan (tests/journeys/jual-beli-tanah.txt): Kantor Pertanahan hanya
  --   mendaftar hak setelah wajib pajak menyerahkan bukti pembayaran BPHTB (UU
  --   21/1997 Pasal 24 ayat 3, seperti dikutip surat Menteri Negara
  --   Agraria/Kepala BPN 500-3549-DIII, https://123dok.com/document/zp09g4oq-se-mna-diii.html;
  --   persyaratan layanan ini: "Bukti pelunasan BPHTB"). Pasal UU 1/2022 yang
  --   meneruskan ketentuan itu belum ditemukan. Bukti setor PPh yang diteliti
  --   KPP belum ada di kosakata dokumen, maka langkah KPP tidak dimodelkan.
  needs = { "akta-jual-beli", "sertifikat-tanah", "bukti-bphtb" },
  gives = { "sertifikat-tanah" },
}

agency:service {
  id = "peralihan-waris",
  name = "Peralihan Hak - Pewarisan",
  requirements = {
    FORMULIR, KUASA, IDENTITAS,
    SERTIPIKAT,
    "Surat keterangan waris sesuai ketentuan dan akta/surat keterangan kematian pewaris",
    "Akta pembagian waris bila ahli waris lebih dari satu dan tanah dibagi",
    "Akta wasiat notariil bila ada",
    "Bukti pelunasan BPHTB; Surat Keterangan Bebas PPh waris dari KPP",
    PBB,
  },
  procedure = {
    "Ambil nomor antrean dan serahkan berkas",
    "Bayar PNBP dengan SPS",
    "Pemeriksaan berkas dan pencatatan peralihan karena pewarisan",
    "Sertipikat atas nama ahli waris diserahkan",
  },
  minutes = 15,
  completion = { days = 5 },
  fee = 50000,
  fee_note = PERALIHAN_FEE .. ". Biaya pendaftaran tidak dipungut bila peralihan karena pewarisan "
    .. "didaftarkan dalam 6 bulan sejak pewaris meninggal (PP 24/1997 Pasal 61 ayat 3)",
  product = "Sertipikat atas nama ahli waris",
  complaint_channel = PENGADUAN,
  legal_basis = DASAR,
  priority = true,
  source = {
    SOP .. "; " .. PNBP,
    requirements = "https://indonesia.go.id/layanan/kependudukan/ekonomi/cara-mengurus-peralihan-hak-waris-tanah " ..
      "(persyaratan peralihan hak waris, mengutip atrbpn.go.id)",
    fee_note = "PP 24/1997 Pasal 61 ayat (3); " .. SIPPN_JUAL_BELI .. " (rumus PNBP peralihan hak); " ..
      "https://kompas.tv/article/254201/berapa-biaya-balik-nama-sertifikat-tanah-warisan-ini-rincian-dan-cara-mengurusnya",
    -- standar nasional ATR/BPN yang sama di semua kantor pertanahan (dikutip Kompas.com 2024)
    completion = BALIK_NAMA_5HARI,
  },
  unconfirmed = {
    minutes = TRIED.minutes,
  },
}

agency:service {
  id = "peralihan-hibah",
  name = "Peralihan Hak - Hibah",
  requirements = {
    "Surat permohonan; " .. KUASA,
    SERTIPIKAT,
    "Akta Hibah dari PPAT",
    "Fotokopi identitas pemberi dan penerima hibah",
    "Bukti pelunasan BPHTB dan bukti setor PPh atau SKB PPh (hibah keluarga sedarah satu derajat)",
    PBB,
  },
  procedure = {
    "Ambil nomor antrean dan serahkan berkas",
    "Bayar PNBP dengan SPS",
    "Pemeriksaan berkas dan pencatatan peralihan",
    "Sertipikat atas nama penerima hibah diserahkan",
  },
  minutes = 15,
  completion = { days = 5 },
  fee = 50000,
  fee_note = PERALIHAN_FEE,
  product = "Sertipikat atas nama penerima hibah",
  complaint_channel = PENGADUAN,
  legal_basis = DASAR,
  priority = true,
  source = {
    SOP .. "; " .. PNBP,
    -- standar nasional ATR/BPN yang sama di semua kantor pertanahan (dikutip Kompas.com 2024)
    completion = BALIK_NAMA_5HARI,
  },
  unconfirmed = {
    minutes = TRIED.minutes,
    fee_note = TRIED.fee_note,
  },
}

agency:service {
  id = "peralihan-aphb",
  name = "Peralihan Hak - Pembagian Hak Bersama (APHB)",
  requirements = {
    "Surat permohonan; " .. KUASA,
    SERTIPIKAT,
    "Akta Pembagian Hak Bersama dari PPAT",
    "Fotokopi identitas seluruh pemegang hak bersama",
    "Bukti pelunasan BPHTB dan PPh bila terutang",
    PBB,
  },
  procedure = {
    "Ambil nomor antrean dan serahkan berkas",
    "Bayar PNBP dengan SPS",
    "Pemeriksaan berkas dan pencatatan pembagian hak",
    "Sertipikat atas nama pemegang hak hasil pembagian diserahkan",
  },
  minutes = 15,
  completion = { days = 5 },
  fee = 50000,
  fee_note = PERALIHAN_FEE,
  product = "Sertipikat atas nama pemegang hak hasil pembagian",
  complaint_channel = PENGADUAN,
  legal_basis = DASAR,
  priority = true,
  source = SOP .. "; " .. PNBP,
  unconfirmed = {
    minutes = TRIED.minutes,
    completion = TRIED.completion .. " APHB: Kompas.com 23-10-2024 (mengutip laman ATR/BPN) menyebut " ..
      "sekitar 5 hari kerja untuk balik nama karena pewarisan, hibah, jual beli, lelang dan " ..
      "tukar-menukar, tanpa menyebut pembagian hak bersama.",
    fee_note = TRIED.fee_note,
  },
}

agency:service {
  id = "hak-tanggungan",
  name = "Informasi dan Pendampingan Pendaftaran Hak Tanggungan Elektronik (HT-el)",
  requirements = {
    "Sertipikat hak atas tanah yang akan dibebani",
    "Akta Pemberian Hak Tanggungan (APHT) dari PPAT",
    "Pendaftaran diajukan secara elektronik oleh kreditur (bank) dan PPAT",
  },
  procedure = {
    "Ambil nomor antrean",
    "Petugas menjelaskan alur HT-el dan memeriksa status permohonan",
    "Sertipikat HT elektronik diterbitkan pada hari ke-7 setelah berkas lengkap",
  },
  minutes = 10,
  completion = { days = 7, note = "sertipikat hak tanggungan elektronik terbit pada hari ke-7 setelah berkas lengkap" },
  fee = 50000,
  fee_note = "PNBP menurut nilai hak tanggungan (PP 128/2015): sampai Rp250 juta Rp50.000; "
    .. "di atas Rp250 juta s.d. Rp1 miliar Rp200.000; di atas Rp1 miliar s.d. Rp10 miliar Rp2.500.000; "
    .. "di atas Rp10 miliar s.d. Rp1 triliun Rp25.000.000; di atas Rp1 triliun Rp50.000.000",
  product = "Sertipikat Hak Tanggungan elektronik",
  complaint_channel = PENGADUAN,
  legal_basis = DASAR .. "; UU 4/1996 tentang Hak Tanggungan; Permen ATR/BPN 5/2020",
  priority = true,
  source = {
    PNBP .. "; Permen ATR/BPN 5/2020; PMNA/KBPN 5/1996 (millamantiez.blogspot.com salinan)",
    fee_note = "PP 128/2015 Lampiran (tarif pelayanan hak tanggungan menurut nilai), dimuat " ..
      "https://bpnkotapekanbaru.com/persyaratan-waktu-biaya/pendaftaran-hak-tanggungan/",
    completion = "UU 4/1996 Pasal 13 ayat (4): tanggal buku tanah hak tanggungan adalah hari ketujuh " ..
      "setelah penerimaan lengkap surat-surat",
  },
  unconfirmed = {
    procedure = TRIED.procedure,
    minutes = TRIED.minutes,
  },
}

agency:service {
  id = "roya",
  name = "Roya (Penghapusan Hak Tanggungan)",
  requirements = {
    FORMULIR, KUASA, IDENTITAS,
    SERTIPIKAT,
    "Sertipikat Hak Tanggungan",
    "Surat roya/keterangan lunas dari kreditur (bank)",
  },
  procedure = {
    "Ambil nomor antrean dan serahkan berkas",
    "Bayar PNBP dengan SPS",
    "Pencatatan hapusnya hak tanggungan pada buku tanah dan sertipikat",
    "Sertipikat bersih dari hak tanggungan diserahkan",
  },
  minutes = 10,
  -- Diubah 2026-12 dari 5 hari (belum bersumber) menjadi 3 hari: Kanwil BPN Jawa Tengah menyebut roya
  -- biasanya 3 hari, Kantah Bantul (DI Yogyakarta) paling lama 3 hari kerja untuk roya manual; Kantah
  -- Kepahiang (Bengkulu, radarkepahiang.bacakoran.co 2024) dan petugas loket Kantah Depok (jpnn.com)
  -- masih menyebut 5 hari kerja.
  completion = { days = 3, note = "roya sertipikat elektronik lewat layanan Ralali di kantor pertanahan " ..
    "Jawa Tengah dapat selesai sekitar 5 menit" },
  fee = 50000,
  fee_note = "Rp50.000 per sertipikat (PP 128/2015)",
  product = "Sertipikat dengan catatan roya",
  complaint_channel = PENGADUAN,
  legal_basis = DASAR .. "; UU 4/1996 tentang Hak Tanggungan; Permen ATR/BPN 5/2020",
  priority = true,
  source = {
    PNBP,
    fee = "https://jakarta365.net/tokoh/2971647/ini-besaran-biaya-urus-sertifikat-roya-jika-kpr-anda-lunas " ..
      "(Kepala Biro Humas dan Protokol Kementerian ATR/BPN, dikutip Kompas.com 13-02-2026: roya Rp50.000 " ..
      "per sertipikat menurut laman ATR/BPN dan Sentuh Tanahku); PP 128/2015",
    -- pernyataan resmi Kanwil BPN Jawa Tengah dan Kantah Bantul (DIY) untuk layanan nasional yang sama
    completion = "https://www.detik.com/jateng/jawa-tengah-meriah/d-8021675/inovasi-lampri-kakanwil-bpn-jateng-kebut-pengurusan-roya-3-hari-jadi-5-menit " ..
      "(Kepala Kanwil BPN Provinsi Jawa Tengah, 21-07-2025: roya biasanya 3 hari, sejak Juni 2025 roya " ..
      "sertipikat elektronik lewat Ralali sekitar 5 menit di semua kantor pertanahan Jawa Tengah); " ..
      "https://bantulkab.go.id/berita/detail/7345.html (Kasi Penetapan Hak dan Pendaftaran Kantah Kabupaten " ..
      "Bantul, DI Yogyakarta, 2026: roya manual paling lama 3 hari kerja, roya elektronik 1 hari)",
  },
  unconfirmed = {
    minutes = TRIED.minutes .. " Roya: Kanwil BPN Jawa Tengah (detik.com 21-07-2025) menyebut roya " ..
      "sertipikat elektronik lewat Ralali selesai sekitar 5 menit; belum dipakai sebagai waktu loket karena " ..
      "itu pernyataan di berita, bukan standar terbit, dan hanya untuk sertipikat yang sudah dialihmediakan.",
  },
}

agency:service {
  id = "sertipikat-hilang",
  name = "Penggantian Sertipikat Hilang",
  requirements = {
    FORMULIR, KUASA, IDENTITAS,
    "Fotokopi sertipikat yang hilang (bila ada)",
    "Surat tanda penerimaan laporan kehilangan dari Kepolisian",
    "Surat pernyataan di bawah sumpah oleh pemegang hak tentang hilangnya sertipikat",
    PBB,
  },
  procedure = {
    "Ambil nomor antrean dan serahkan berkas",
    "Bayar PNBP dengan SPS",
    "Pengambilan sumpah di Kantor Pertanahan",
    "Pengumuman di surat kabar/laman Kementerian ATR/BPN selama 30 hari",
    "Sertipikat pengganti diterbitkan; paling lama 40 hari",
  },
  minutes = 20,
  completion = { days = 40, note = "termasuk pengumuman 30 hari" },
  -- Diubah 2026-12 dari Rp250.000: FAQ laman atrbpn.go.id (dikutip detik.com 06-03-2024), Kompas.com
  -- 19-01-2023 dan tribunnews 12-01-2023 sama-sama menyebut Rp350.000 per sertipikat, termasuk
  -- Rp100.000 salinan surat ukur yang dulu belum dihitung.
  fee = 350000,
  fee_note = "Rp350.000 per sertipikat: Rp200.000 sumpah dan naskah pengumuman + Rp100.000 salinan surat ukur "
    .. "+ Rp50.000 pendaftaran/penggantian blanko (PP 128/2015; FAQ Kementerian ATR/BPN)",
  product = "Sertipikat pengganti",
  complaint_channel = PENGADUAN,
  legal_basis = DASAR .. " (PP 24/1997 Pasal 57-59)",
  priority = true,
  source = {
    PNBP .. "; radarbogor.id 06/08/2020",
    completion = "https://radarbogor.id 06/08/2020 (sertipikat pengganti karena hilang paling lama 40 " ..
      "hari)",
    fee = GANTI_HILANG_FEE .. "; " .. PNBP,
    fee_note = GANTI_HILANG_FEE .. "; " .. PNBP,
  },
  unconfirmed = { minutes = TRIED.minutes },
}

agency:service {
  id = "sertipikat-rusak",
  name = "Penggantian Sertipikat Rusak atau Blanko Lama",
  -- Persyaratan ditulis ulang 2026-12 menurut laman resmi Kementerian ATR/BPN (dikutip detik.com 2025):
  -- tanpa SPPT PBB, ditambah dokumen badan hukum dan pernyataan penguasaan tanah.
  requirements = { FORMULIR, KUASA, IDENTITAS,
    "Fotokopi akta pendirian dan pengesahan badan hukum, dicocokkan dengan aslinya (bagi badan hukum)",
    "Sertipikat asli yang rusak atau blanko lama",
    "Keterangan luas, letak dan penggunaan tanah serta pernyataan tanah tidak sengketa dan dikuasai secara fisik" },
  procedure = {
    "Ambil nomor antrean dan serahkan berkas",
    "Bayar PNBP dengan SPS",
    "Pemeriksaan buku tanah dan data fisik",
    "Sertipikat pengganti diterbitkan; sertipikat lama ditarik",
  },
  minutes = 15,
  -- Diubah 2026-12 dari 10 hari (belum bersumber): laman ATR/BPN menurut detik.com dan Kompas.com
  -- menyebut sekitar 19 hari kerja.
  completion = { days = 19, note = "sekitar 19 hari kerja sejak berkas lengkap dan PNBP dibayar" },
  fee = 50000,
  fee_note = "Rp50.000 per bidang; ditambah Rp200.000 bila data fisik/yuridis tidak terbaca sehingga "
    .. "perlu sumpah dan pengumuman (PP 128/2015)",
  product = "Sertipikat pengganti blanko baru",
  complaint_channel = PENGADUAN,
  legal_basis = DASAR,
  priority = true,
  source = {
    PNBP,
    requirements = GANTI_RUSAK,
    completion = GANTI_RUSAK,
    fee = GANTI_RUSAK .. "; " .. PNBP,
  },
  unconfirmed = { minutes = TRIED.minutes },
}

agency:service {
  id = "pemecahan",
  name = "Pemecahan atau Pemisahan Bidang Tanah",
  requirements = { FORMULIR, KUASA, IDENTITAS, SERTIPIKAT,
    "Rencana pemecahan/pemisahan (site plan bila untuk perumahan)", PBB },
  procedure = {
    "Ambil nomor antrean dan serahkan berkas",
    "Bayar PNBP pengukuran dan pendaftaran dengan SPS",
    "Pengukuran di lapangan oleh petugas ukur",
    "Penerbitan surat ukur dan sertipikat untuk setiap bidang hasil pemecahan",
  },
  minutes = 15,
  -- 15 hari kerja dikonfirmasi 2026-12 dari standar pelayanan Kantor Pertanahan Kota Singkawang
  -- (Kalimantan Barat, 2025) untuk layanan nasional yang sama; standar itu ditulis untuk pemohon badan
  -- hukum, angka untuk perorangan belum terbaca terpisah.
  completion = { days = 15, note = "validasi buku tanah dan surat ukur yang belum valid dapat menambah waktu" },
  fee = 50000,
  fee_note = "Rp50.000 per bidang hasil pemecahan + biaya pengukuran Tu = (luas/500 x HSBKu) + Rp100.000 "
    .. "untuk luas sampai 10 ha; HSBKu ditetapkan Menteri ATR/BPN (PP 128/2015)",
  product = "Sertipikat untuk setiap bidang hasil pemecahan",
  complaint_channel = PENGADUAN,
  legal_basis = DASAR,
  priority = true,
  source = {
    PNBP .. "; okezone.com 21/01/2024",
    completion = "https://ruangwawasan.id/ruang_wp/2025/06/07/sekilas-info-standar-pelayanan-pemecahan-pemisahan-bidang-tanah-badan-hukum " ..
      "(standar pelayanan Kantor Pertanahan Kota Singkawang, Kalimantan Barat, 2025: pemecahan/pemisahan bidang " ..
      "tanah badan hukum 15 hari kerja; validasi buku tanah dan surat ukur menurut SE Sekjen ATR/BPN " ..
      "D.01.01/361-100/II/2020 dapat menambah waktu)",
  },
  unconfirmed = {
    minutes = TRIED.minutes,
    fee_note = TRIED.fee_note,
  },
}

agency:service {
  id = "penggabungan",
  name = "Penggabungan Bidang Tanah",
  requirements = { FORMULIR, KUASA, IDENTITAS,
    "Sertipikat asli semua bidang yang digabung (bersebelahan, jenis hak dan pemegang hak sama)", PBB },
  procedure = {
    "Ambil nomor antrean dan serahkan berkas",
    "Bayar PNBP pengukuran dan pendaftaran dengan SPS",
    "Pengukuran di lapangan",
    "Penerbitan satu sertipikat untuk bidang hasil penggabungan",
  },
  minutes = 15,
  completion = { days = 15 },
  fee = 50000,
  fee_note = "Rp50.000 untuk bidang hasil penggabungan + biaya pengukuran Tu = (luas/500 x HSBKu) + Rp100.000 "
    .. "(PP 128/2015)",
  product = "Sertipikat bidang hasil penggabungan",
  complaint_channel = PENGADUAN,
  legal_basis = DASAR,
  priority = true,
  source = PNBP .. "; okezone.com 21/01/2024",
  unconfirmed = {
    minutes = TRIED.minutes,
    completion = TRIED.completion,
    fee_note = TRIED.fee_note,
  },
}

agency:service {
  id = "pengukuran",
  name = "Pengukuran dan Pengembalian Batas Bidang Tanah",
  requirements = { FORMULIR, KUASA, IDENTITAS, "Fotokopi sertipikat atau alas hak",
    "Surat pernyataan telah memasang tanda batas dengan persetujuan pemilik yang berbatasan", PBB },
  procedure = {
    "Ambil nomor antrean dan serahkan berkas",
    "Bayar PNBP pengukuran dengan SPS",
    "Penjadwalan dan pengukuran di lapangan dengan penunjukan batas oleh pemohon",
    "Gambar ukur/peta bidang tanah atau berita acara pengembalian batas diterbitkan",
  },
  minutes = 15,
  completion = { days = 18, note = "standar Kanwil BPN Jawa Tengah untuk pengukuran dan pemetaan kadastral" },
  fee = 100000,
  fee_note = "Tu = (luas/500 x HSBKu) + Rp100.000 untuk luas sampai 10 ha; HSBKu ditetapkan Menteri "
    .. "(PP 128/2015). Biaya transportasi, akomodasi dan konsumsi petugas ditanggung pemohon",
  product = "Peta bidang tanah / berita acara pengembalian batas",
  complaint_channel = PENGADUAN,
  legal_basis = DASAR,
  priority = true,
  source = {
    PNBP .. "; okezone.com 21/01/2024",
    -- dulu 14 hari (belum bersumber)
    completion = "https://sippn.menpan.go.id/pelayanan-publik/8104850/kantor-wilayah-badan-pertanahan-nasional-provinsi-jawa-tengah/pengukuran-dan-pemetaan-kadastral " ..
      "(standar pelayanan Kanwil BPN Provinsi Jawa Tengah: 18 hari kerja)",
  },
  unconfirmed = { minutes = TRIED.minutes },
}

agency:service {
  id = "pendaftaran-pertama",
  name = "Pendaftaran Tanah Pertama Kali (Pengakuan/Penegasan Hak Milik Adat)",
  requirements = {
    FORMULIR, KUASA, IDENTITAS,
    "Bukti kepemilikan/alas hak (mis. letter C, girik, akta jual beli lama) dan riwayat tanah dari desa",
    "Surat pernyataan penguasaan fisik bidang tanah, disaksikan 2 orang saksi",
    "Surat pernyataan tanda batas telah dipasang",
    PBB,
    "Bukti pelunasan BPHTB bila terutang",
  },
  procedure = {
    "Ambil nomor antrean dan serahkan berkas",
    "Bayar PNBP pengukuran dan pemeriksaan tanah dengan SPS",
    "Pengukuran bidang tanah dan pemeriksaan oleh Panitia A",
    "Pengumuman data fisik dan yuridis selama 60 hari",
    "Penegasan/pengakuan hak dan penerbitan sertipikat",
  },
  minutes = 20,
  completion = { days = 98, note = "termasuk pengumuman data fisik dan yuridis 60 hari" },
  fee = 50000,
  fee_note = "Pendaftaran Rp50.000 + pengukuran Tu = (luas/500 x HSBKu) + Rp100.000 + pemeriksaan tanah "
    .. "Tpa = (luas/500 x HSBKpa) + Rp350.000 (PP 128/2015)",
  product = "Sertipikat Hak Milik",
  complaint_channel = PENGADUAN,
  legal_basis = DASAR .. " (PP 24/1997 Pasal 24 dan 26)",
  priority = true,
  source = "okezone.com 21/01/2024 (rangkuman PP 128/2015); PP 24/1997",
  unconfirmed = { minutes = TRIED.minutes, completion = TRIED.completion_pertama },
}

agency:service {
  id = "hgb-menjadi-hm",
  name = "Perubahan Hak Guna Bangunan menjadi Hak Milik untuk Rumah Tinggal",
  requirements = {
    FORMULIR, KUASA, IDENTITAS,
    "Sertipikat HGB asli",
    "Fotokopi PBG/IMB atau surat keterangan Kepala Desa/Lurah bahwa tanah dipakai untuk rumah tinggal (luas sampai 600 m2)",
    "Surat persetujuan kreditur bila tanah dibebani hak tanggungan",
    PBB,
    "Bukti pelunasan BPHTB bila terutang",
  },
  procedure = {
    "Ambil nomor antrean dan serahkan berkas",
    "Bayar PNBP dengan SPS",
    "Pemeriksaan berkas dan penerbitan keputusan perubahan hak",
    "Sertipikat Hak Milik diserahkan",
  },
  minutes = 15,
  completion = { days = 5 },
  fee = 50000,
  fee_note = "Rp50.000 per bidang (PP 128/2015)",
  product = "Sertipikat Hak Milik",
  complaint_channel = PENGADUAN,
  legal_basis = DASAR .. "; Kepmen Agraria/KBPN 6/1998",
  priority = true,
  source = {
    PNBP .. "; Kepmen Agraria/KBPN 6/1998",
    requirements = "https://sippn.menpan.go.id/pelayanan-publik/8104185/kantor-wilayah-bpn-provinsi-bangka-belitung/proses-perubahan-hak-atas-tanah " ..
      "(standar pelayanan Kanwil BPN Bangka Belitung)",
    completion = "Perkaban 1/2010 Lampiran II (perubahan hak 5 hari), dimuat " ..
      "https://sippn.menpan.go.id/pelayanan-publik/8104185/kantor-wilayah-bpn-provinsi-bangka-belitung/proses-perubahan-hak-atas-tanah",
  },
  unconfirmed = { minutes = TRIED.minutes, fee = TRIED.fee },
}

agency:service {
  id = "pencatatan-perpanjangan-hak",
  name = "Pencatatan Perpanjangan atau Pembaruan Hak (HGB/Hak Pakai)",
  requirements = {
    FORMULIR, KUASA, IDENTITAS,
    SERTIPIKAT,
    "Keputusan perpanjangan/pembaruan hak dan bukti pembayaran uang pemasukan bila ditetapkan",
    PBB,
  },
  procedure = {
    "Ambil nomor antrean dan serahkan berkas",
    "Bayar PNBP dengan SPS",
    "Pencatatan perpanjangan pada buku tanah dan sertipikat",
  },
  minutes = 15,
  completion = { days = 5 },
  fee = 50000,
  fee_note = "Pencatatan Rp50.000 per bidang/unit (PP 128/2015); pemeriksaan tanah dan uang pemasukan "
    .. "ke kas negara menurut keputusan pemberian hak, dibayar terpisah",
  product = "Sertipikat dengan catatan perpanjangan hak",
  complaint_channel = PENGADUAN,
  legal_basis = DASAR .. "; PP 18/2021",
  priority = true,
  source = PNBP,
  unconfirmed = {
    minutes = TRIED.minutes,
    completion = TRIED.completion .. " Perpanjangan hak, dicari lagi 2026-12: SIPPN Kanwil BPN Bali " ..
      "(Kantah Kota Denpasar, sippn.menpan.go.id/pelayanan-publik/8104617) memberi 30 hari untuk tanah " ..
      "sampai 2.000 m2, tetapi untuk seluruh proses perpanjangan sampai SK, bukan pencatatan saja; belum dipakai.",
  },
}

agency:service {
  id = "ganti-nama",
  name = "Pencatatan Perubahan Nama Pemegang Hak",
  requirements = { FORMULIR, KUASA, IDENTITAS, SERTIPIKAT,
    "Bukti perubahan nama (penetapan pengadilan untuk perorangan, akta perubahan dan pengesahan untuk badan hukum)", PBB },
  procedure = {
    "Ambil nomor antrean dan serahkan berkas",
    "Bayar PNBP dengan SPS",
    "Pencatatan perubahan nama pada buku tanah dan sertipikat",
  },
  minutes = 10,
  completion = { days = 5 },
  fee = 50000,
  fee_note = "Rp50.000 per bidang sebagai pencatatan lain (PP 128/2015)",
  product = "Sertipikat dengan catatan perubahan nama",
  complaint_channel = PENGADUAN,
  legal_basis = DASAR,
  priority = true,
  source = PNBP,
  unconfirmed = { minutes = TRIED.minutes, completion = TRIED.completion, fee = TRIED.fee_ganti_nama },
}

agency:service {
  id = "blokir",
  name = "Pencatatan Blokir",
  requirements = { FORMULIR, KUASA, IDENTITAS,
    "Fotokopi sertipikat atau keterangan bidang tanah",
    "Alasan dan bukti kepentingan atas bidang tanah (mis. gugatan yang sedang diajukan)" },
  procedure = {
    "Ambil nomor antrean dan serahkan berkas",
    "Bayar PNBP dengan SPS",
    "Pencatatan blokir pada buku tanah (berlaku 30 hari kecuali diikuti perintah pengadilan)",
  },
  minutes = 10,
  completion = { days = 1 },
  fee = 50000,
  fee_note = "Rp50.000 per bidang (PP 128/2015)",
  product = "Catatan blokir pada buku tanah",
  complaint_channel = PENGADUAN,
  legal_basis = DASAR .. "; Permen ATR/BPN 13/2017 tentang Tata Cara Blokir dan Sita",
  priority = true,
  source = PNBP .. "; Permen ATR/BPN 13/2017",
  unconfirmed = {
    minutes = TRIED.minutes,
    completion = TRIED.completion .. " Blokir, dicari lagi 2026-12: InfoPublik 13-11-2018 (mengutip bpn.go.id) " ..
      "berjudul 'Satu Hari Mengurus Pencatatan Blokir', sedangkan atmnews.id mengutip pemohon bahwa Permen " ..
      "ATR/BPN 13/2017 memberi 3 hari untuk pengkajian dan pencatatan; karena berbeda, belum dipakai - perlu " ..
      "dicocokkan dengan pasal Permen 13/2017.",
  },
}

agency:service {
  id = "sita",
  name = "Pencatatan Sita dan Pengangkatan Sita",
  requirements = { "Surat permohonan dari instansi yang berwenang atau pihak berkepentingan",
    "Salinan resmi penetapan/berita acara sita atau penetapan pengangkatan sita", IDENTITAS },
  procedure = {
    "Ambil nomor antrean dan serahkan berkas",
    "Bayar PNBP dengan SPS",
    "Pencatatan sita atau pengangkatannya pada buku tanah",
  },
  minutes = 10,
  -- Diubah 2026-12 dari 1 hari (belum bersumber): laman Kementerian ATR/BPN (dikutip InfoPublik 4-12-2018)
  -- menyebut pengangkatan sita selesai tiga hari kerja menurut aturan yang berlaku; angka terpisah untuk
  -- pencatatan sita belum terbaca, maka angka yang sama dipakai untuk seluruh layanan ini.
  completion = { days = 3, note = "3 hari kerja untuk pengangkatan sita menurut laman Kementerian ATR/BPN; " ..
    "angka terpisah untuk pencatatan sita belum diterbitkan" },
  fee = 50000,
  fee_note = "Rp50.000 per bidang untuk pencatatan sita, Rp50.000 per bidang untuk pengangkatan sita (PP 128/2015)",
  product = "Catatan sita atau pengangkatan sita pada buku tanah",
  complaint_channel = PENGADUAN,
  legal_basis = DASAR .. "; Permen ATR/BPN 13/2017",
  priority = true,
  source = {
    PNBP .. "; Permen ATR/BPN 13/2017",
    -- standar nasional ATR/BPN yang sama di semua kantor pertanahan
    completion = "https://infopublik.id/kategori/lainnya/314633/index.html (InfoPublik 4-12-2018 mengutip " ..
      "atrbpn.go.id: pengangkatan sita Rp50.000, selesai tiga hari kerja sesuai aturan yang berlaku)",
  },
  unconfirmed = { minutes = TRIED.minutes },
}

agency:service {
  id = "perubahan-penggunaan",
  name = "Pencatatan Perubahan Penggunaan Tanah",
  requirements = { FORMULIR, KUASA, IDENTITAS, SERTIPIKAT,
    "Izin/persetujuan perubahan penggunaan tanah (mis. KKPR) dari instansi berwenang", PBB },
  procedure = {
    "Ambil nomor antrean dan serahkan berkas",
    "Bayar PNBP dengan SPS",
    "Pencatatan perubahan penggunaan tanah pada buku tanah dan sertipikat",
  },
  minutes = 10,
  completion = { days = 5 },
  fee = 100000,
  fee_note = "Rp100.000 per bidang (PP 128/2015)",
  product = "Sertipikat dengan catatan penggunaan tanah yang baru",
  complaint_channel = PENGADUAN,
  legal_basis = DASAR,
  priority = true,
  source = PNBP,
  unconfirmed = { minutes = TRIED.minutes, completion = TRIED.completion },
}

agency:service {
  id = "wakaf",
  name = "Pendaftaran Tanah Wakaf dari Tanah yang Sudah Bersertipikat",
  -- Ditulis ulang 2026-12 menurut Permen ATR/BPN 2/2017, yang mencabut persyaratan tanah wakaf
  -- dalam Lampiran II Perkaban 1/2010 (dulu: pernyataan tenggang waktu wakaf dan bukti SSP/PPh).
  requirements = {
    "Surat permohonan; " .. KUASA,
    "Fotokopi identitas nazhir (dan kuasa), dicocokkan dengan aslinya",
    "Surat ukur",
    "Sertipikat Hak Milik asli yang diwakafkan",
    "Akta Ikrar Wakaf (AIW) atau Akta Pengganti Akta Ikrar Wakaf (APAIW) dari PPAIW (KUA)",
    "Surat pengesahan nazhir dari KUA kecamatan",
    "Surat pernyataan nazhir bahwa tanah tidak dalam sengketa, perkara atau sita dan tidak dijaminkan",
  },
  procedure = {
    "Ambil nomor antrean dan serahkan berkas",
    "Pemeriksaan berkas",
    "Pencatatan wakaf; sertipikat atas nama nazhir; 5 hari",
  },
  minutes = 15,
  completion = { days = 5 },
  fee = 0,
  fee_note = "Rp0 (PP 128/2015); bila tanah belum bersertipikat, pensertipikatannya dikenai tarif pendaftaran pertama kali",
  product = "Sertipikat tanah wakaf atas nama nazhir",
  complaint_channel = PENGADUAN,
  legal_basis = DASAR .. "; UU 41/2004 tentang Wakaf; PP 42/2006; Permen ATR/BPN 2/2017 tentang "
    .. "Tata Cara Pendaftaran Tanah Wakaf",
  priority = true,
  source = {
    "https://mpp.kotabogor.go.id/layanannew/detail/217; https://cilacap.kemenag.go.id (biaya sertifikasi tanah wakaf gratis); PP 128/2015",
    completion = "https://mpp.kotabogor.go.id/layanannew/detail/217 (pendaftaran tanah wakaf, 5 hari)",
    requirements = "Permen ATR/BPN 2/2017 (tanah wakaf berupa Hak Milik: surat permohonan, surat ukur, "
      .. "sertipikat Hak Milik, AIW/APAIW, surat pengesahan nazhir dari KUA, surat pernyataan nazhir), dimuat "
      .. "https://kuajatikalen.kemenagnganjuk.id/halaman/detail/pendaftaran-harta-benda-wakaf-tidak-bergerak-berupa-tanah "
      .. "(KUA Jatikalen, Kemenag Kabupaten Nganjuk) dan "
      .. "https://www.hukumonline.com/berita/a/melihat-tata-cara-pendaftaran-tanah-wakaf-lt602d0a684ad6a?page=2; "
      .. "https://mpp.kotabogor.go.id/layanannew/detail/217 (surat kuasa dan identitas nazhir/kuasa)",
  },
  unconfirmed = { minutes = TRIED.minutes },
}

agency:service {
  id = "penggantian-nazhir",
  name = "Pendaftaran Penggantian Nazhir",
  requirements = { FORMULIR, KUASA, "Fotokopi identitas nazhir baru",
    "Sertipikat tanah wakaf asli", "Surat pengesahan nazhir baru dari Badan Wakaf Indonesia/KUA" },
  procedure = {
    "Ambil nomor antrean dan serahkan berkas",
    "Pemeriksaan berkas",
    "Pencatatan nazhir baru pada buku tanah dan sertipikat",
  },
  minutes = 10,
  completion = { days = 5 },
  fee = 0,
  fee_note = "Rp0 (PP 128/2015)",
  product = "Sertipikat tanah wakaf dengan catatan nazhir baru",
  complaint_channel = PENGADUAN,
  legal_basis = DASAR .. "; UU 41/2004 tentang Wakaf; PP 42/2006",
  priority = true,
  source = "https://mpp.kotabogor.go.id/layanannew/detail/217; PP 128/2015",
  unconfirmed = {
    requirements = TRIED.requirements,
    minutes = TRIED.minutes,
    completion = TRIED.completion,
  },
}

agency:service {
  id = "informasi-nilai-tanah",
  name = "Informasi Nilai Tanah (Zona Nilai Tanah) per Bidang",
  requirements = { FORMULIR, IDENTITAS, "Fotokopi sertipikat atau letak bidang tanah yang dimohonkan" },
  procedure = {
    "Ambil nomor antrean dan serahkan permohonan",
    "Bayar PNBP dengan SPS",
    "Informasi nilai tanah diberikan",
  },
  minutes = 10,
  completion = { days = 1 },
  fee = 50000,
  fee_note = "Rp50.000 per bidang (PP 128/2015)",
  product = "Informasi nilai tanah bidang yang dimohonkan",
  complaint_channel = PENGADUAN,
  legal_basis = DASAR,
  priority = true,
  source = PNBP,
  unconfirmed = { minutes = TRIED.minutes, completion = TRIED.completion },
}

agency:service {
  id = "alih-media",
  name = "Alih Media Sertipikat Analog ke Sertipikat Elektronik",
  -- Persyaratan ditulis ulang 2026-12 menurut keterangan Kementerian ATR/BPN (kabargempar.com):
  -- tanpa SPPT PBB, ditambah dokumen badan hukum dan pernyataan penguasaan tanah.
  requirements = { FORMULIR, KUASA, IDENTITAS,
    "Fotokopi akta pendirian dan pengesahan badan hukum (bagi badan hukum)",
    "Sertipikat analog asli (diserahkan ke Kantor Pertanahan)",
    "Surat pernyataan tanah tidak dalam sengketa dan dikuasai secara fisik" },
  procedure = {
    "Ambil nomor antrean dan serahkan berkas",
    "Validasi data fisik dan yuridis bidang tanah",
    "Sertipikat analog ditarik; sertipikat elektronik diterbitkan dan dapat diakses di aplikasi Sentuh Tanahku",
  },
  minutes = 15,
  -- Diubah 2026-12 dari 5 hari (belum bersumber): Kementerian ATR/BPN mencatat alih media sebagai
  -- penggantian sertipikat blanko lama, yang menurut laman ATR/BPN (detik.com, Kompas.com) dan
  -- kabargempar.com selesai sekitar 19 hari kerja. Kepala Kantah Kota Prabumulih (palpos.disway.id)
  -- menyebut bisa satu hari bila data cocok - itu praktik satu kantor, bukan standar.
  completion = { days = 19, note = "sekitar 19 hari kerja sejak berkas dinyatakan lengkap" },
  fee = 50000,
  -- Kepala Kantah Kota Prabumulih menyebut setoran PNBP Rp250.000 untuk alih media (palpos.disway.id),
  -- berbeda dengan Rp50.000 dari Kementerian ATR/BPN; perlu dicek penghubung Kantah Purbalingga.
  fee_note = "Rp50.000 per bidang sebagai penggantian sertipikat blanko lama ke model baru (PP 128/2015 Lampiran butir II.15)",
  product = "Sertipikat elektronik",
  complaint_channel = PENGADUAN,
  legal_basis = DASAR .. "; Permen ATR/BPN 3/2023 tentang Penerbitan Dokumen Elektronik",
  priority = true,
  source = {
    "Permen ATR/BPN 3/2023; Permen ATR/BPN 1/2021 (lampiran, pdfs.asia salinan)",
    fee = ALIH_MEDIA_FEE,
    fee_note = ALIH_MEDIA_FEE,
    requirements = "https://kabargempar.com/biaya-urus-sertifikat-tanah-elektronik-resmi-rp50-ribu-ini-syarat-dan-prosesnya "
      .. "(Kementerian ATR/BPN: persyaratan penggantian sertipikat analog ke elektronik)",
    completion = "https://kabargempar.com/biaya-urus-sertifikat-tanah-elektronik-resmi-rp50-ribu-ini-syarat-dan-prosesnya "
      .. "(menurut informasi resmi Kementerian ATR/BPN sekitar 19 hari kerja sejak berkas lengkap); " .. GANTI_RUSAK,
  },
  unconfirmed = {
    minutes = TRIED.minutes,
  },
}

agency:service {
  id = "informasi-konsultasi",
  name = "Informasi dan Konsultasi Pertanahan",
  requirements = { "KTP-el", "Dokumen tanah yang ditanyakan (fotokopi sertipikat, letter C, akta) bila ada" },
  procedure = {
    "Ambil nomor antrean",
    "Petugas menjelaskan persyaratan, biaya dan alur layanan pertanahan",
    "Pemohon menerima daftar persyaratan layanan yang dibutuhkan",
  },
  minutes = 10,
  completion = { at_counter = true },
  fee = 0,
  product = "Informasi persyaratan, biaya dan prosedur layanan pertanahan",
  complaint_channel = PENGADUAN,
  legal_basis = DASAR .. "; UU 14/2008 tentang Keterbukaan Informasi Publik",
  priority = true,
  source = "Perkaban 1/2010; UU 14/2008",
  unconfirmed = { minutes = TRIED.minutes, completion = TRIED.completion },
}

-- Dua loket melayani semua layanan: kelompok prioritas didahulukan, satu
-- antrean reguler setelah tiga panggilan prioritas berturut-turut.
agency:route { priority_first = true, regular_after_priority = 3 }
