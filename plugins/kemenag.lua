-- Kantor Kementerian Agama Kabupaten Purbalingga: di MPP melayani layanan
-- Pelayanan Terpadu Satu Pintu (PTSP) Kemenag yang paling banyak dicari
-- warga: pendaftaran, pembatalan, pelimpahan dan mutasi porsi haji reguler;
-- rekomendasi paspor dan pengaduan umrah; informasi pendaftaran nikah;
-- pendampingan sertifikasi halal; pendidikan keagamaan (pengganti ijazah
-- madrasah, tanda daftar LPQ/TPQ, pesantren); majelis taklim, rumah ibadat
-- dan wakaf. Instansi vertikal, loket 24.
--
-- Sumber (diperiksa 2026-11, ditambah 2026-12):
--   * purbalingga.kemenag.go.id/pelayanan-haji/ (syarat daftar haji di
--     Purbalingga, setoran awal Rp25.000.000 di ruang PTSP) dan
--     /layanan-publik (jenis layanan PTSP, telepon kantor 0281-891086);
--   * wonosobo.kemenag.go.id/?p=9163 (standar pelayanan PTSP: daftar haji
--     25 menit, gratis, SPH dengan nomor porsi; syarat pembatalan) dan
--     /layanan-pada-seksi-haji-dan-umroh (rekomendasi paspor umrah,
--     pembatalan validasi);
--   * majalengka.kemenag.go.id/pendaftaran-haji (PMA 13/2021); surat Ditjen
--     PHU B-15013/2021 tentang penerapan PMA 13/2021 (scribd: setoran awal
--     digital Rp25.000.000, SOP pendaftaran dan pelimpahan);
--   * kemenagkabpasuruan.id (pelimpahan nomor porsi; mutasi jemaah 30
--     menit, sejak 2026-12 diterima sebagai standar kantor Kemenag lain untuk
--     layanan nasional yang sama);
--   * republika.co.id 5-6-2023 (call center Kemenag 146);
--   * PP 59/2018 tentang PNBP Kemenag: nikah di KUA pada hari dan jam kerja
--     gratis, di luar KUA/di luar jam kerja Rp600.000 (kuarembang.com
--     11-2025, kotapekalongan.kemenag.go.id); PMA 20/2019 Pasal 4 (syarat
--     nikah) yang diganti PMA 30/2024 (penghulu.apripusat.or.id 6-2025);
--   * Keputusan Kepala BPJPH 141/2021 (tarif BLU: permohonan sertifikat
--     halal UMK Rp300.000, pemeriksaan LPH UMK paling tinggi Rp350.000;
--     holopis.com 17-3-2022, kontan.co.id 23-12-2021) dan Kepkaban 150/2022
--     (syarat self declare); jangka waktu: self declare 12 hari kerja
--     (fortuneidn.com, BPJPH 1-2023), reguler 21 hari (okezone.com, BPJPH
--     11-2021); standar SIPPN BPJPH self declare (WhatsApp 08111171019);
--   * pekalongan.kemenag.go.id/?p=7773 (syarat pendaftaran majelis taklim,
--     Kemenag Kab. Pekalongan) dan PMA 29/2019 Pasal 6 dan 9;
--   * KDJ Pendis 91/2020 (tanda daftar LPQ melalui Sipdar-PQ), PMA 30/2020
--     (pesantren), PBM Menag-Mendagri 9 dan 8/2006 (pendirian rumah
--     ibadat), PP 42/2006 (wakaf).
--
-- Ditambahkan 2026-12 (Kemenag instansi vertikal, standar
-- Kantor Kemenag mana pun di Indonesia dipakai dengan nama kantor dan
-- provinsinya):
--   * pembatalan haji: 30 menit (Kemenag Kab. Pasuruan, Jawa Timur) dan 15
--     menit untuk pembatalan karena wafat (gerai Kemenag Kota Denpasar di MPP
--     Denpasar, Bali); jangka waktu 8 hari kerja (3 di Kantor Kemenag + 5 di
--     Ditjen PHU) menurut SIPPN Kanwil Kemenag Bali SK 232/2024, menggantikan
--     5 hari sebelumnya;
--   * mutasi jemaah: 30 menit dan tanda terima di loket (Kemenag Kab. Pasuruan);
--   * rekomendasi paspor haji/umrah: 10-15 menit sampai surat diterima (MPP
--     Kota Denpasar), menggantikan 20 menit dan 1 hari;
--   * rekomendasi pendirian rumah ibadat: 30 menit (Kemenag Kota Singkawang,
--     Kalimantan Barat); jangka waktunya tetap ditandai;
--   * dasar hukum pengganti ijazah madrasah: KDJ Pendis 5343/2015; persyaratan
--     dan jangka waktu 14 hari kerja (menggantikan 3 hari) menurut standar SKPI
--     MAN 2 Yogyakarta, satuan kerja Kemenag yang mengikuti KDJ itu;
--   * izin operasional pesantren: alur dan jangka waktu 10 hari kerja
--     (menggantikan 30 hari) menurut standar Kemenag Kota Singkawang.
--
--   * jangka waktu pendaftaran majelis taklim: 2 minggu (10 hari kerja, menggantikan 7
--     hari) menurut standar Kantor Kemenag Kab. Bogor, Jawa Barat (ditambahkan 2026-12).
--   * persyaratan izin operasional (keberadaan) pesantren dan langkah pendaftaran daring di
--     laman Direktorat PD Pontren: laman Kantor Kemenag Kabupaten Purbalingga sendiri
--     (purbalingga.kemenag.go.id/?p=4801), menggantikan daftar unsur pesantren menurut UU
--     18/2019 Pasal 5 yang sebelumnya ditulis sebagai persyaratan (ditambahkan 2026-12).
--
-- Belum terkonfirmasi: waktu layanan di loket pelimpahan porsi, informasi
-- umrah, informasi nikah, sertifikasi halal, majelis taklim, wakaf, pengganti
-- ijazah, LPQ dan pesantren; jangka waktu pelimpahan porsi, informasi umrah dan
-- nikah, wakaf, LPQ dan rumah ibadat; persyaratan rinci layanan wakaf dan pengaduan umrah
-- sebagaimana berlaku di Kemenag Purbalingga;
-- apakah rekomendasi paspor umrah masih diberikan sejak SE Dirjen Imigrasi
-- IMI-GR.01.01-0252/2023 (kantor imigrasi tidak lagi memintanya). Kolom-kolom
-- itu ditandai `unconfirmed`. Dicari lagi 2026-12 (laman layanan Kemenag Kab.
-- Pasuruan, Badung, Maluku Tenggara, gerai Kemenag Kota Denpasar, SIPPN Kantor
-- Kemenag): tanpa sumber baru untuk waktu loket atau jangka waktu.

local COMPLAINT = "SP4N-LAPOR! (www.lapor.go.id); Call Center Kemenag 146; " ..
  "PTSP Kantor Kemenag Kab. Purbalingga, telepon (0281) 891086"
local COMPLAINT_SRC = "Perpres 76/2013 (SP4N-LAPOR!); " ..
  "https://fbeta.republika.co.id/berita/rvrvht423/kemenag-buka-call-center-termasuk-layanan-kua " ..
  "(Kemenag membuka call center 146, 2023); https://purbalingga.kemenag.go.id/layanan-publik " ..
  "(telepon kantor 0281-891086)"
local FREE = "Gratis: layanan PTSP Kemenag tidak dipungut biaya"
local HAJI = "UU 8/2019 tentang Penyelenggaraan Ibadah Haji dan Umrah; " ..
  "PMA 13/2021 tentang Penyelenggaraan Ibadah Haji Reguler"
local WONOSOBO = "https://wonosobo.kemenag.go.id/?p=9163"
local WONOSOBO_PHU = "https://wonosobo.kemenag.go.id/layanan-pada-seksi-haji-dan-umroh"
local PASURUAN = "https://kemenagkabpasuruan.id"

-- Ditambahkan 2026-12. Kemenag adalah instansi vertikal dengan layanan
-- PTSP yang sama di seluruh Indonesia (PMA 65/2016 tentang Pelayanan Terpadu), sehingga
-- standar terbit Kantor Kemenag mana pun dipakai bila standar Kemenag Purbalingga tidak
-- ditemukan; nama kantor, provinsi dan tahunnya disebut di sumber.
local PASURUAN_BATAL = "https://kemenagkabpasuruan.id/penyelenggara-haji-dan-umroh/pembatalan-porsi-haji-reguler-jemaah-mengundurkan-diri/ " ..
  "(standar PTSP Kemenag Kab. Pasuruan, Jawa Timur, tahun tidak tertera: waktu pelayanan 30 " ..
  "menit, produk tanda terima proses pembatalan porsi)"
local PASURUAN_MUTASI = PASURUAN .. "/penyelenggara-haji-dan-umroh/penerimaan-mutasi-calon-jemaah-haji " ..
  "(standar PTSP Kemenag Kab. Pasuruan, Jawa Timur, tahun tidak tertera: waktu pelayanan 30 " ..
  "menit, surat tanda terima mutasi diserahkan kepada jemaah)"
local BALI_BATAL = "https://sippn.menpan.go.id/pelayanan-publik/8260340/kantor-wilayah-kementerian-agama-provinsi-bali/standar-pelayanan-pembatalan-haji-reguler " ..
  "(standar pembatalan haji reguler Kanwil Kemenag Bali, SK Nomor 232 Tahun 2024, pengaduan ke " ..
  "Kantor Kemenag Kab. Karangasem: 8 hari kerja, yaitu 3 hari kerja di Kantor Kemenag " ..
  "kabupaten/kota dan 5 hari di Direktorat Pelayanan Haji Dalam Negeri, untuk jemaah wafat " ..
  "maupun yang membatalkan sendiri)"
local DENPASAR_BATAL = "https://mpp.denpasarkota.go.id/layanan/detail/pelayanan-pembatalan-haji " ..
  "(standar gerai Kemenag Kota Denpasar di MPP Kota Denpasar, Bali, tahun tidak tertera: 2-5 " ..
  "menit pengajuan dan 5-10 menit waktu pelayanan, untuk pembatalan karena wafat dan alasan lain)"
local DENPASAR_PASPOR = "https://mpp.denpasarkota.go.id/layanan/detail/permohonan-rekomendasi-paspor-hajiumrah " ..
  "(standar gerai Kemenag Kota Denpasar di MPP Kota Denpasar, Bali, tahun tidak tertera: jangka " ..
  "waktu 10-15 menit sampai pemohon menerima surat rekomendasi paspor haji/umrah, gratis)"
local SINGKAWANG_PONTREN = "https://kemenagsingkawang.com/index.php/jenis-pelayanan/pendidik-dan-kependidikan/ijin-operasional-pondok-pesantren/ " ..
  "(standar pelayanan izin operasional pondok pesantren Kantor Kemenag Kota Singkawang, " ..
  "Kalimantan Barat, tahun tidak tertera: pemeriksaan berkas, verifikasi dan visitasi, " ..
  "rekomendasi dikirim ke Kanwil melalui aplikasi lalu ke Menteri melalui Dirjen Pendis, pemohon " ..
  "menerima Piagam Statistik Pesantren, jangka waktu 10 hari kerja 35 menit, gratis)"
-- Ditambahkan 2026-12: laman Kantor Kemenag Kabupaten Purbalingga sendiri tentang alur
-- pengajuan keberadaan pesantren (dokumen fisik di PTSP dan pendaftaran daring di laman
-- Direktorat PD Pontren) beserta daftar lampiran permohonannya.
local PBG_PONTREN = "https://purbalingga.kemenag.go.id/?p=4801 (Kantor Kemenag Kabupaten Purbalingga, " ..
  "alur pengajuan permohonan keberadaan pesantren, tahun tidak tertera: permohonan tertulis ke PTSP " ..
  "dengan lampiran struktur organisasi, data pendidik, tenaga kependidikan, santri paling sedikit 15, " ..
  "kurikulum dan kitab kuning, formulir dan surat pernyataan asli, pernyataan domisili dari kepala desa, " ..
  "akta, SK Kemenkumham dan NPWP yayasan atau ormas, KTP, bukti tanah milik/wakaf, dokumentasi sarana, " ..
  "ditambah pendaftaran daring di laman ditpdpontren.kemenag.go.id)"
local MAN_SKPI = "https://man2yogyakarta.sch.id/page/standar-pelayanan-surat-keterangan-pengganti-ijazah-hilangrusakkesalahan-penulisan " ..
  "(standar pelayanan surat keterangan pengganti ijazah MAN 2 Yogyakarta, satuan kerja Kemenag di " ..
  "DI Yogyakarta, mengikuti KDJ Pendis 5343/2015, tahun tidak tertera: formulir, fotokopi ijazah, " ..
  "surat keterangan alumni, SPTJM bermeterai Rp10.000, surat kuasa bila diwakili, surat kehilangan " ..
  "dari kepolisian, fotokopi KTP, pas foto 3x4 latar merah 2 lembar, jangka waktu 14 hari kerja, " ..
  "surat diketahui Kepala Kantor Kemenag)"
local SINGKAWANG_IBADAH = "https://kemenag-singkawang.blogspot.com/p/standar-pelayanan-surat-rekomendasi_91.html " ..
  "(standar pelayanan surat rekomendasi pendirian rumah ibadah Kantor Kemenag Kota Singkawang, " ..
  "Kalimantan Barat, tahun tidak tertera: jangka waktu 30 menit)"

-- Jangka waktu pendaftaran majelis taklim (ditambahkan 2026-12): laman layanan Kantor
-- Kemenag Kab. Bogor (Jawa Barat; bogorkemenag.my.id, 23-10-2021, bukan domain kemenag.go.id)
-- memuat standar "Pendirian Majelis Taklim" dengan waktu pelayanan 2 minggu sampai surat
-- keterangan terdaftar terbit, tanpa biaya (PMA 29/2019). Ini standar terbit kantor Kemenag
-- lain untuk layanan nasional yang sama; 2 minggu dicatat sebagai 10 hari kerja.
local BOGOR_MT = "http://bogorkemenag.my.id/halaman/detail/pendirian-majelis-taklim (standar " ..
  "Pendirian Majelis Taklim Kantor Kemenag Kab. Bogor, Jawa Barat, 23-10-2021: waktu pelayanan " ..
  "2 minggu, tanpa biaya, produk surat keterangan terdaftar majelis taklim)"

-- What was looked up for each fact the services below leave unconfirmed
-- (`mppctl facts kemenag` lists them per service).
local TRIED = {
  requirements = "Persyaratan Kemenag Purbalingga tidak ditemukan untuk layanan ini (diperiksa 2026-11); " ..
    "dipakai Kemenag lain. Dicari lagi 2026-12: purbalingga.kemenag.go.id/layanan-publik (untuk " ..
    "pengganti ijazah hanya terbaca formulir, surat kuasa dan awal butir berikutnya; berkas " ..
    "Inovasi-Standar-Pelayanan.pdf tidak terbaca), standar Kemenag Boyolali 2022 dan Kanwil Jateng " ..
    "124/2021 (scribd/123dok, kutipan berhenti di konsiderans). " ..
    "Dicari lagi 2026-12: UU 41/2004 Pasal 32-33 (123dok) hanya memuat dokumen yang diserahkan " ..
    "PPAIW saat mendaftarkan wakaf (salinan akta ikrar wakaf, bukti kepemilikan), bukan dokumen " ..
    "wakif; daftar syarat di blog KUA Gayungan Surabaya (2010) bukan standar terbit; laman " ..
    "layanan publik Kemenag Purbalingga bagian zakat dan wakaf kosong; untuk pengaduan umrah " ..
    "tidak ada sumber baru.",
  procedure = "Alur Kemenag Purbalingga tidak ditemukan untuk layanan ini (diperiksa 2026-11; dicari lagi " ..
    "2026-12 di standar Kemenag Boyolali 2022 dan Kanwil Jateng 124/2021 yang kutipannya berhenti di " ..
    "konsiderans).",
  minutes = "Standar PTSP Kemenag Wonosobo (wonosobo.kemenag.go.id/?p=9163) hanya terbaca untuk " ..
    "pendaftaran haji (25 menit); standar PTSP Kemenag Purbalingga tidak ditemukan (diperiksa " ..
    "2026-11). Dicari 2026-12: SK standar pelayanan Kemenag Kab. Boyolali 2022 (termasuk versi MPP) " ..
    "dan Kanwil Kemenag Jateng 124/2021 (kutipan berhenti sebelum tabel layanan). Dicari lagi " ..
    "(dicari 2026-12, standar Kemenag mana pun di Indonesia karena layanan PTSP ini nasional): " ..
    "laman standar PTSP Kemenag Kab. Pasuruan, Kemenag Kota Pasuruan, gerai Kemenag Kota Denpasar " ..
    "di MPP Denpasar, Kemenag Badung, Kemenag Singkawang dan SK standar Kemenag Kota Malang " ..
    "554/2020 (scribd, terbaca hanya konsiderans) tidak memuat waktu loket untuk layanan ini " ..
    "(yang ada: pendaftaran haji, pembatalan, mutasi, rekomendasi paspor, rumah ibadat, konsultasi " ..
    "umum, rohaniwan, data). Dicari lagi 2026-12: laman standar Kemenag Kab. Pasuruan " ..
    "(rekomendasi bantuan masjid 60 menit, mutasi haji 30 menit; pelimpahan porsi ?p=591 terbaca " ..
    "tanpa waktu), standar layanan minimal PTSP Kemenag Badung (puspa.kemenagbadung.id, terbaca " ..
    "hanya layanan data dan rohaniwan), Kemenag Kota Singkawang, Kemenag Kab. Bogor (majelis " ..
    "taklim 2 minggu, tanpa waktu loket), SIPPN BPJPH self declare (21 hari kerja, tanpa waktu " ..
    "loket), MAN 2 Garut dan MAN 2 Yogyakarta (legalisir 15 menit, SKPI 14 hari kerja, tanpa " ..
    "waktu loket SKPI), gerai Kemenag Kota Denpasar di MPP Denpasar (layanan 'Pelayanan Konsultasi' " ..
    "umum 2-5 menit pengajuan dan 15-60 menit konsultasi, tidak khusus untuk layanan ini sehingga " ..
    "tidak dipakai; rekomendasi paspor dan pembatalan haji sudah dipakai): tidak ada angka menit " ..
    "untuk layanan ini. " ..
    "Dicari lagi 2026-12: laman per layanan Kemenag Kab. Pasuruan (rekomendasi bantuan masjid 60 " ..
    "menit, mutasi dan pembatalan haji 30 menit; pelimpahan porsi tanpa waktu), Kemenag Kota " ..
    "Pasuruan (pendaftaran haji 15 menit), PTSP Kanwil Kemenag Jawa Barat (15 menit pemeriksaan " ..
    "berkas di front office untuk izin magang, layanan Kanwil), Keputusan Dirjen PHU 245/2021 " ..
    "tentang SOP pelimpahan porsi (scribd, hanya halaman keputusan terbaca) dan modul standar " ..
    "Kanwil Kemenag Bali 345/2021 serta Kanwil Bengkulu 2020 (hanya pengantar terbaca): tidak ada " ..
    "menit untuk layanan ini. Dicari lagi 2026-12: laman layanan Kemenag Kab. Pasuruan (bimas Islam, " ..
    "pendidikan madrasah), PTSP Kemenag Maluku Tenggara, Kemenag Badung dan gerai Kemenag Kota Denpasar: " ..
    "tidak ada menit untuk layanan ini; standar KUA Kecamatan Tarakan Tengah (blog 2009: pemeriksaan " ..
    "berkas nikah 10 menit) mendahului SIMKAH dan bukan layanan informasi di loket, jadi tidak dipakai.",
  completion = "Standar PTSP Kemenag Purbalingga tidak ditemukan (diperiksa 2026-11). Dicari 2026-12: " ..
    "standar Kemenag Boyolali 2022, Kanwil Jateng 124/2021, KDJ PHU 60/2018 (pembatalan) dan KDJ PHU " ..
    "245/2021 (SOP pelimpahan) di scribd: kutipan berhenti sebelum jangka waktu. Dicari lagi " ..
    "(dicari 2026-12, standar Kemenag mana pun di Indonesia): laman pelimpahan porsi Kemenag Kab. " ..
    "Pasuruan (kemenagkabpasuruan.id/?p=591) terbaca hanya sampai prosedur; standar gerai Kemenag " ..
    "Kota Denpasar, Kemenag Badung dan Singkawang tidak memuat layanan ini; SIPPN Kanwil Kemenag " ..
    "Bali (SK 232/2024) hanya untuk pembatalan. Dicari lagi 2026-12: laman pelimpahan porsi " ..
    "Kemenag Kab. Pasuruan, Majalengka dan Kota Bekasi serta berita Kemenag (haji.kemenag.go.id " ..
    "Sibolga 2023, NTB) memuat persyaratan tanpa jangka waktu; standar Kemenag Badung dan " ..
    "Singkawang yang terbaca tidak memuat layanan ini. Dicari lagi 2026-12: SIPPN Kantor Kemenag untuk " ..
    "pelimpahan porsi dan tanda daftar LPQ; yang ditemukan hanya persyaratan (Kemenag Kab. Pasuruan, " ..
    "Majalengka, berita Kanwil Jateng di pati.kemenag.go.id 2024), tanpa jangka waktu.",
  completion_ibadah = "Nilai 7 hari kerja adalah nilai lazim; PBM 9/8 Tahun 2006 mensyaratkan " ..
    "verifikasi. Dicari 2026-12: standar Kemenag Kota Singkawang " ..
    "(kemenag-singkawang.blogspot.com) menyebut seluruh layanan rekomendasi pendirian rumah ibadah " ..
    "30 menit dengan persyaratan rekomendasi lurah dan camat, tanpa verifikasi lapangan dan FKUB, " ..
    "sehingga tidak dipakai untuk jangka waktu layanan Purbalingga yang memuat verifikasi; standar " ..
    "Kemenag Purbalingga dan Jawa Tengah tidak ditemukan. Perlu dipastikan penghubung.",
  minutes_pontren = "Dicari 2026-12: standar izin operasional pesantren Kemenag " ..
    "Kota Singkawang (kemenagsingkawang.com) menyebut jangka waktu '10 hari kerja 35 menit' tanpa " ..
    "memisahkan waktu penerimaan berkas di loket, sehingga tidak dipakai untuk waktu loket; standar " ..
    "Kemenag Purbalingga dan Jawa Tengah tidak ditemukan. Dicari lagi 2026-12: laman izin " ..
    "operasional TPQ/Madin Kemenag Kab. Pasuruan (backup.kemenagkabpasuruan.id) dan standar Kemenag " ..
    "Badung, Bogor dan gerai Kemenag di MPP Denpasar tidak memuat waktu loket izin pesantren. Dicari " ..
    "lagi 2026-12: laman alur keberadaan pesantren Kemenag Purbalingga (purbalingga.kemenag.go.id/?p=4801) " ..
    "memuat lampiran dan alur tanpa waktu; SIPPN Kanwil Kemenag Sumatera Barat (izin pendirian/operasional " ..
    "pesantren) dan layanan PTSP Kanwil Kemenag Jawa Timur (rekomendasi izin pendidikan diniyah formal) " ..
    "terbaca hanya persyaratan. Dicari lagi 2026-12: standar layanan minimal Kemenag Badung " ..
    "(bagian izin operasional lembaga terpotong) dan SIPPN Kantor Kemenag: tanpa waktu loket.",
  rekomendasi_paspor = "https://ntb.kemenkumham.go.id/berita-utama/paspor-haji-dan-umrah-tidak-perlu-rekomendasi-dari-kemenag-lagi " ..
    "mengutip SE Dirjen Imigrasi IMI-GR.01.01-0252 tanggal 28-8-2023: rekomendasi Kemenag tidak lagi " ..
    "disyaratkan untuk paspor haji dan umrah. Apakah Kemenag Purbalingga masih menerbitkan rekomendasi " ..
    "ini perlu dipastikan penghubung (dicari 2026-12).",
}

local agency = mpp.agency {
  id = "kemenag",
  name = "Kantor Kementerian Agama Kabupaten Purbalingga",
  short = "Kemenag",
  kind = "vertical",
  prefix = "L",
  counters = { 24 },
}

------------------------------------------------------------------------------
-- Penyelenggaraan haji dan umrah
------------------------------------------------------------------------------

agency:service {
  id = "haji-pendaftaran",
  name = "Pendaftaran Haji Reguler",
  requirements = {
    "Beragama Islam dan berusia paling rendah 12 tahun saat mendaftar",
    "KTP-el sesuai domisili Kabupaten Purbalingga (atau KIA bagi yang belum berusia 17 tahun) asli dan fotokopi",
    "Kartu Keluarga asli dan fotokopi",
    "Akta kelahiran, buku nikah atau ijazah (pilih satu yang datanya sesuai KTP dan KK) asli dan fotokopi",
    "Buku rekening tabungan haji atas nama jemaah di Bank Penerima Setoran (BPS) Bipih dan bukti setoran awal",
    "Pas foto berwarna latar putih 3x4 (10 lembar) dan 4x6 (1 lembar), wajah tampak 80%, tanpa kacamata",
    "Belum pernah berhaji, atau sudah 10 tahun sejak berhaji terakhir",
    "Hadir sendiri untuk perekaman foto",
  },
  procedure = {
    "Jemaah membayar setoran awal Bipih pada BPS Bipih dan menerima bukti setoran dengan nomor validasi",
    "Ambil nomor antrean; petugas PTSP memeriksa dokumen asli dan menerima salinannya",
    "Petugas memverifikasi data, menginput data jemaah dan merekam foto pada Siskohat",
    "Kepala Seksi menyetujui dan menandatangani Surat Pendaftaran Haji (SPH) yang memuat nomor porsi",
    "SPH diserahkan kepada jemaah",
  },
  minutes = 25,
  completion = { at_counter = true },
  fee = 0,
  fee_note = FREE .. ". Setoran awal Bipih Rp25.000.000 disetor ke rekening BPKH " ..
    "melalui BPS Bipih; itu tabungan jemaah, bukan biaya layanan",
  product = "Surat Pendaftaran Haji (SPH) dengan nomor porsi",
  complaint_channel = COMPLAINT,
  legal_basis = HAJI,
  priority = true,
  source = {
    "https://purbalingga.kemenag.go.id/pelayanan-haji/ ; " .. WONOSOBO ..
      " ; https://majalengka.kemenag.go.id/pendaftaran-haji",
    requirements = "https://wonosobo.kemenag.go.id/?p=9163 (standar pelayanan PTSP Kemenag Wonosobo: " ..
      "Islam, usia 12 tahun, KTP-el/KIA sesuai domisili, akta/ijazah/buku nikah, rekening BPS Bipih); " ..
      "https://purbalingga.kemenag.go.id/pelayanan-haji/ (KTP, KK, pas foto 3x4 10 lembar dan 4x6 1 " ..
      "lembar latar putih wajah 80% tanpa kacamata, yang sudah berhaji menunggu 10 tahun); PMA 13/2021",
    procedure = "https://wonosobo.kemenag.go.id/?p=9163 (setoran awal di BPS Bipih, verifikasi dan " ..
      "perekaman foto di Siskohat, SPH ditandatangani Kepala Seksi dan diserahkan)",
    minutes = "https://wonosobo.kemenag.go.id/?p=9163 (standar pelayanan PTSP Kemenag Wonosobo: jangka " ..
      "waktu pelayanan 25 menit)",
    completion = "https://wonosobo.kemenag.go.id/?p=9163 (standar pelayanan PTSP: pendaftaran haji 25 " ..
      "menit)",
    fee = "https://wonosobo.kemenag.go.id/?p=9163 (tidak ada biaya yang dikeluarkan pemohon)",
    fee_note = "https://purbalingga.kemenag.go.id/pelayanan-haji/ (setoran awal Bipih Rp25.000.000); " ..
      "https://www.scribd.com/document/564919992/Penerapan-Pma-13-Tahun-2021 (surat Ditjen PHU " ..
      "B-15013/DJ/Dt.II.I.1/KS.02/11/2021: setoran awal digital Rp25.000.000 di BPS Bipih)",
    product = "https://wonosobo.kemenag.go.id/?p=9163 (Surat Pendaftaran Haji yang memuat nomor porsi)",
    complaint_channel = COMPLAINT_SRC,
  },
}

agency:service {
  id = "haji-batal-wafat",
  name = "Pembatalan Pendaftaran Haji karena Jemaah Meninggal Dunia",
  requirements = {
    "Surat permohonan pembatalan dari ahli waris atau kuasa waris bermeterai, ditujukan kepada Kepala Kantor Kemenag",
    "Surat Pendaftaran Haji (SPH) dan bukti asli setoran awal/lunas Bipih",
    "Akta kematian atau surat keterangan kematian",
    "Surat keterangan ahli waris diketahui kepala desa/lurah dan camat, dan surat kuasa ahli waris bermeterai",
    "Fotokopi KTP-el dan Kartu Keluarga ahli waris/kuasa waris",
    "Fotokopi buku rekening atas nama ahli waris/kuasa waris",
    "Surat pernyataan tanggung jawab mutlak ahli waris bermeterai",
  },
  procedure = {
    "Ambil nomor antrean; petugas PTSP memeriksa kelengkapan berkas asli dan salinan",
    "Petugas memverifikasi data pada Siskohat dan menerbitkan tanda terima",
    "Kantor Kemenag mengusulkan pembatalan secara berjenjang ke Kanwil dan Ditjen PHU",
    "Dana setoran dikembalikan oleh BPKH ke rekening ahli waris",
  },
  minutes = 15,                    -- 30 -> 15: MPP Kota Denpasar, 2-5 menit pengajuan +
                                   -- 5-10 menit pelayanan (jumlah batas atas)
  completion = { days = 8, note = "3 hari kerja di Kantor Kemenag dan 5 hari di Direktorat " ..
    "Pelayanan Haji Dalam Negeri; tanda terima berkas diberikan di loket, dana dikembalikan BPKH" },
  fee = 0,
  fee_note = FREE,
  product = "Tanda terima permohonan pembatalan; surat pembatalan nomor porsi",
  complaint_channel = COMPLAINT,
  legal_basis = HAJI,
  priority = true,
  source = {
    WONOSOBO .. " ; " .. WONOSOBO_PHU,
    minutes = DENPASAR_BATAL,
    completion = BALI_BATAL,
  },
}

agency:service {
  id = "haji-batal",
  name = "Pembatalan Pendaftaran Haji atas Permintaan Jemaah",
  requirements = {
    "Surat permohonan pembatalan bermeterai ditujukan kepada Kepala Kantor Kemenag Kab. Purbalingga",
    "Surat Pendaftaran Haji (SPH) dan bukti asli setoran awal Bipih",
    "Fotokopi buku tabungan yang masih aktif atas nama jemaah (tunjukkan aslinya)",
    "Fotokopi KTP-el (tunjukkan aslinya)",
    "Nomor telepon yang dapat dihubungi",
  },
  procedure = {
    "Ambil nomor antrean; jemaah datang sendiri dan menyerahkan berkas",
    "Petugas PTSP memeriksa berkas dan data Siskohat, lalu menerbitkan tanda terima",
    "Kantor Kemenag mengusulkan pembatalan secara berjenjang ke Kanwil dan Ditjen PHU",
    "Dana setoran dikembalikan oleh BPKH ke rekening jemaah",
  },
  minutes = 30,                    -- Kemenag Kab. Pasuruan (MPP Kota Denpasar: 15)
  completion = { days = 8, note = "3 hari kerja di Kantor Kemenag dan 5 hari di Direktorat " ..
    "Pelayanan Haji Dalam Negeri; tanda terima berkas diberikan di loket, dana dikembalikan BPKH" },
  fee = 0,
  fee_note = FREE,
  product = "Tanda terima permohonan pembatalan; surat pembatalan nomor porsi",
  complaint_channel = COMPLAINT,
  legal_basis = HAJI,
  priority = true,
  source = {
    WONOSOBO .. " ; " .. WONOSOBO_PHU,
    minutes = PASURUAN_BATAL,
    completion = BALI_BATAL,
  },
}

agency:service {
  id = "haji-pelimpahan-porsi",
  name = "Pelimpahan Nomor Porsi Haji Jemaah yang Meninggal Dunia",
  requirements = {
    "Penerima pelimpahan adalah suami/istri, anak kandung atau saudara kandung jemaah, berusia paling rendah 12 tahun",
    "Surat permohonan pelimpahan nomor porsi bermeterai kepada Kepala Kantor Kemenag",
    "Salinan akta kematian dari Dinpendukcapil",
    "SPH dan bukti setoran awal/lunas Bipih jemaah yang dilimpahkan",
    "Surat kuasa penunjukan penerima pelimpahan dari semua ahli waris, bermeterai",
    "Surat pernyataan tanggung jawab mutlak penerima pelimpahan, bermeterai",
    "Fotokopi KTP-el, KK, akta kelahiran dan buku nikah penerima pelimpahan",
    "Fotokopi buku rekening haji atas nama penerima pada BPS Bipih",
    "Pas foto berwarna latar putih, wajah tampak 80%",
  },
  procedure = {
    "Ambil nomor antrean; petugas PTSP memeriksa kelengkapan berkas",
    "Petugas menerbitkan tanda terima berkas pelimpahan",
    "Kantor Kemenag mengirim surat pengantar pelimpahan ke Kanwil Kemenag Jawa Tengah",
    "Setelah disetujui, penerima melakukan perekaman data dan menerima SPH atas namanya",
  },
  minutes = 30,
  completion = { days = 5 },
  fee = 0,
  fee_note = FREE,
  product = "Surat Pendaftaran Haji (SPH) atas nama penerima pelimpahan",
  complaint_channel = COMPLAINT,
  legal_basis = HAJI,
  priority = true,
  source = PASURUAN .. "/?p=591 ; https://www.scribd.com/document/564919992/Penerapan-Pma-13-Tahun-2021",
  unconfirmed = { minutes = TRIED.minutes, completion = TRIED.completion },
}

agency:service {
  id = "haji-mutasi",
  name = "Mutasi (Pindah Domisili) Jemaah Haji",
  requirements = {
    "Surat pengantar dari Kantor Kemenag kabupaten/kota asal pendaftaran",
    "Fotokopi surat permohonan mutasi kepada Kepala Kantor Kemenag asal",
    "Bukti setoran/pelunasan Bipih",
    "Fotokopi buku nikah, akta kelahiran, surat keterangan domisili atau surat mutasi tugas dari instansi",
    "Fotokopi KTP-el dan Kartu Keluarga",
    "Pas foto 3x4 (2 lembar) dan fotokopi paspor (bila sudah ada)",
  },
  procedure = {
    "Ambil nomor antrean dan serahkan berkas asli dari daerah asal",
    "Petugas front office memeriksa kelengkapan berkas; berkas tidak lengkap dikembalikan",
    "Petugas back office menerbitkan surat tanda terima mutasi",
    "Surat tanda terima diserahkan kepada jemaah",
  },
  minutes = 30,
  completion = { at_counter = true },
  fee = 0,
  fee_note = FREE,
  product = "Surat tanda terima mutasi jemaah haji",
  complaint_channel = COMPLAINT,
  legal_basis = HAJI,
  priority = true,
  -- Ditambahkan 2026-12: standar Kemenag Kab. Pasuruan kini diterima (instansi vertikal).
  source = {
    PASURUAN .. "/penyelenggara-haji-dan-umroh/penerimaan-mutasi-calon-jemaah-haji",
    minutes = PASURUAN_MUTASI,
    completion = PASURUAN_MUTASI,
  },
}

agency:service {
  id = "umrah-rekomendasi-paspor",
  name = "Rekomendasi Pembuatan Paspor Jemaah Umrah dan Haji Khusus",
  requirements = {
    "Surat permohonan rekomendasi kepada Kepala Kantor Kemenag Kab. Purbalingga",
    "Surat keterangan dari PPIU/PIHK yang memberangkatkan",
    "Fotokopi SK izin PPIU/PIHK dari Kementerian Agama yang masih berlaku",
    "Fotokopi bukti setoran awal BPIH khusus (bagi jemaah haji khusus)",
    "Fotokopi KTP-el dan Kartu Keluarga",
    "Fotokopi buku nikah, akta kelahiran atau ijazah",
    "Surat kuasa bermeterai bila diwakilkan",
  },
  procedure = {
    "Ambil nomor antrean dan serahkan berkas",
    "Petugas memeriksa izin PPIU/PIHK pada data Kemenag (haji.kemenag.go.id)",
    "Kepala Kantor atau pejabat yang ditunjuk menandatangani rekomendasi",
    "Rekomendasi diserahkan untuk dibawa ke kantor imigrasi",
  },
  minutes = 15,                    -- 20 -> 15: MPP Kota Denpasar, 10-15 menit (batas atas)
  completion = { at_counter = true, note = "paling lama 15 menit menurut standar gerai Kemenag " ..
    "Kota Denpasar; penerbitan masih perlu dipastikan penghubung (lihat catatan alur)" },
  fee = 0,
  fee_note = FREE,
  product = "Surat rekomendasi paspor umrah/haji khusus",
  complaint_channel = COMPLAINT,
  legal_basis = "UU 8/2019 tentang Penyelenggaraan Ibadah Haji dan Umrah; " ..
    "SE Dirjen PHU B-7001/Dj.II/Hk.00.5/03/2017 tentang rekomendasi paspor umrah/haji khusus",
  priority = true,
  source = {
    WONOSOBO_PHU .. " ; https://jateng.kemenag.go.id/berita/kemenag-purworejo-telah-terbitkan-83-rekomendasi-paspor-umroh-dan-haji-khusus/",
    minutes = DENPASAR_PASPOR,
    completion = DENPASAR_PASPOR,
  },
  -- Sejak SE Dirjen Imigrasi IMI-GR.01.01-0252/2023 kantor imigrasi tidak lagi
  -- meminta rekomendasi ini (lihat unconfirmed.procedure); layanan dibiarkan
  -- sampai penghubung Kemenag memastikannya.
  unconfirmed = {
    procedure = TRIED.rekomendasi_paspor,
  },
}

agency:service {
  id = "umrah-informasi-pengaduan",
  name = "Informasi PPIU Berizin dan Pengaduan Jemaah Umrah",
  requirements = {
    "KTP-el pelapor",
    "Bukti perjanjian atau pembayaran kepada biro perjalanan (untuk pengaduan)",
  },
  procedure = {
    "Ambil nomor antrean dan sampaikan pertanyaan atau pengaduan",
    "Petugas memeriksa status izin PPIU pada data Kemenag (aplikasi Umrah Cerdas/haji.kemenag.go.id)",
    "Pengaduan dicatat dan diteruskan ke Kanwil Kemenag Jawa Tengah/Ditjen PHU",
  },
  minutes = 15,
  completion = { at_counter = true },
  fee = 0,
  fee_note = FREE,
  product = "Informasi status izin PPIU; tanda terima pengaduan",
  complaint_channel = COMPLAINT,
  legal_basis = "UU 8/2019 tentang Penyelenggaraan Ibadah Haji dan Umrah",
  priority = true,
  source = "https://jateng.kemenag.go.id/berita/kemenag-purworejo-telah-terbitkan-83-rekomendasi-paspor-umroh-dan-haji-khusus/",
  unconfirmed = {
    requirements = TRIED.requirements,
    minutes = TRIED.minutes,
    completion = TRIED.completion,
  },
}

------------------------------------------------------------------------------
-- Bimbingan masyarakat Islam
------------------------------------------------------------------------------

agency:service {
  id = "nikah-informasi",
  name = "Informasi Pendaftaran Nikah dan Biaya Nikah (SIMKAH)",
  requirements = {
    "Surat pengantar nikah dari desa/kelurahan",
    "Fotokopi akta kelahiran, KTP-el dan Kartu Keluarga calon pengantin",
    "Pas foto calon pengantin",
    "Izin orang tua bagi yang belum berusia 21 tahun; dispensasi Pengadilan Agama bagi yang belum berusia 19 tahun",
    "Akta cerai atau akta kematian pasangan bagi duda/janda",
  },
  procedure = {
    "Ambil nomor antrean; petugas menjelaskan persyaratan dan alur pendaftaran",
    "Petugas membantu pendaftaran daring pada SIMKAH untuk KUA kecamatan tempat akad",
    "Calon pengantin melengkapi berkas di KUA kecamatan paling lambat 10 hari kerja sebelum akad",
  },
  minutes = 15,
  completion = { at_counter = true },
  fee = 0,
  fee_note = "Nikah di KUA pada hari dan jam kerja gratis; nikah di luar KUA atau di luar " ..
    "hari/jam kerja PNBP Rp600.000 disetor ke bank (PP 59/2018); warga tidak mampu atau " ..
    "korban bencana dapat dikenai tarif Rp0",
  product = "Informasi persyaratan dan bukti pendaftaran nikah pada SIMKAH",
  complaint_channel = COMPLAINT,
  legal_basis = "UU 1/1974 tentang Perkawinan jo. UU 16/2019; PMA 30/2024 tentang Pencatatan " ..
    "Pernikahan (pengganti PMA 20/2019); PP 59/2018 tentang Jenis dan Tarif PNBP pada Kementerian Agama",
  priority = true,
  source = {
    "https://www.kuarembang.com/2025/11/ketentuan-biaya-pencatatan-nikah.html ; " ..
      "https://kotapekalongan.kemenag.go.id/?p=7423",
    requirements = "PMA 20/2019 Pasal 4 (surat pengantar desa/kelurahan, akta kelahiran, KTP, KK, pas " ..
      "foto, izin orang tua, dispensasi pengadilan bagi yang belum 19 tahun, akta cerai/kematian); " ..
      "https://id.scribd.com/document/432816847/Rangkuman-Pma-Nomor-20-Tahun-2019 (ringkasan PMA 20/2019); " ..
      "UU 1/1974 Pasal 6 ayat (2) (izin orang tua di bawah 21 tahun); UU 16/2019 Pasal 7 (usia 19 " ..
      "tahun dan dispensasi); https://penghulu.apripusat.or.id/?p=4471 (PMA 30/2024 Pasal 4 tetap " ..
      "mensyaratkan akta kelahiran)",
    legal_basis = "https://penghulu.apripusat.or.id/?p=4471 (APRI, Juni 2025: persyaratan pendaftaran " ..
      "kehendak nikah kini diatur PMA 30/2024 Pasal 4)",
  },
  unconfirmed = {
    minutes = TRIED.minutes,
    completion = TRIED.completion,
  },
}

agency:service {
  id = "halal-self-declare",
  name = "Pendampingan Sertifikasi Halal Gratis (SEHATI) Pernyataan Pelaku Usaha",
  requirements = {
    "Nomor Induk Berusaha (NIB) dengan skala usaha mikro atau kecil",
    "Akun SIHALAL (ptsp.halal.go.id)",
    "Produk berupa barang yang tidak berisiko, dengan bahan yang sudah dipastikan kehalalannya",
    "Proses produksi sederhana, manual atau semi otomatis, terpisah dari produk tidak halal",
    "Diverifikasi oleh Pendamping Proses Produk Halal (PPH)",
  },
  procedure = {
    "Ambil nomor antrean; petugas memeriksa kesesuaian produk dengan kriteria self declare",
    "Pelaku usaha dibantu membuat akun dan mengisi permohonan di SIHALAL",
    "Pendamping PPH memverifikasi dan memvalidasi pernyataan pelaku usaha",
    "Komite Fatwa menetapkan kehalalan; BPJPH menerbitkan sertifikat halal elektronik",
  },
  minutes = 20,
  completion = { days = 12 },
  fee = 0,
  fee_note = "Rp0 untuk permohonan self declare UMK (Keputusan Kepala BPJPH 141/2021), " ..
    "selama kuota SEHATI tersedia",
  product = "Sertifikat halal (elektronik, diunduh dari SIHALAL)",
  complaint_channel = COMPLAINT .. "; BPJPH WhatsApp 08111-171019",
  legal_basis = "UU 33/2014 tentang Jaminan Produk Halal sebagaimana diubah UU 6/2023; " ..
    "PP 39/2021 tentang Penyelenggaraan Bidang Jaminan Produk Halal; Keputusan Kepala " ..
    "BPJPH 150/2022",
  priority = true,
  source = {
    "https://sepintasupdate.com/cara-mendapatkan-sertifikasi-halal-gratis-dari-bpjph-6275.html " ..
      "(BPJPH, April 2025); https://pdfcoffee.com/faq-bpjph-pdf-free.html ; " ..
      "https://sippn.menpan.go.id/pelayanan-publik/8182831/badan-penyelenggara-jaminan-produk-halal/standar-pelayanan-permohonan-sertifikat-halal-dengan-pernyataan-pelaku-usaha-mikro-dan-kecil-self-declare " ..
      "(standar pelayanan BPJPH: gratis, pengaduan lapor.go.id dan WhatsApp 08111171019)",
    completion = "https://fortuneidn.com/sharia/amp/desy/bpjph-pangkas-proses-sertifikasi-halal-umk-jadi-12-hari-kerja " ..
      "(BPJPH, Januari 2023: self declare UMK 12 hari kerja sejak pengajuan, menggantikan 21 hari " ..
      "kerja pada standar SIPPN lama); Perppu 2/2022 yang ditetapkan dengan UU 6/2023",
  },
  unconfirmed = { minutes = TRIED.minutes },
}

agency:service {
  id = "halal-reguler",
  name = "Informasi dan Pendaftaran Sertifikasi Halal Reguler",
  requirements = {
    "Surat permohonan dan formulir pendaftaran di SIHALAL",
    "Aspek legal: NIB berbasis risiko",
    "Dokumen penyelia halal (KTP, SK penetapan, daftar riwayat hidup, sertifikat pelatihan)",
    "Daftar nama produk dan bahan yang digunakan",
    "Proses pengolahan produk",
    "Dokumen Sistem Jaminan Produk Halal (SJPH)",
    "Izin edar (PIRT/BPOM) bila ada; salinan sertifikat halal untuk perpanjangan",
  },
  procedure = {
    "Ambil nomor antrean; petugas menjelaskan persyaratan dan memeriksa kelengkapan dokumen",
    "Pelaku usaha mengajukan permohonan dan memilih Lembaga Pemeriksa Halal (LPH) di SIHALAL",
    "Pelaku usaha membayar tagihan tarif layanan BLU BPJPH",
    "LPH memeriksa produk; Komite Fatwa menetapkan kehalalan; BPJPH menerbitkan sertifikat",
  },
  minutes = 20,
  completion = { days = 21 },
  fee = 300000,
  fee_note = "Permohonan sertifikat halal: UMK Rp300.000, usaha menengah Rp5.000.000, usaha " ..
    "besar/luar negeri Rp12.500.000; ditambah pemeriksaan LPH (UMK paling tinggi " ..
    "Rp350.000). Perpanjangan UMK Rp200.000 (Keputusan Kepala BPJPH 141/2021)",
  product = "Sertifikat halal",
  complaint_channel = COMPLAINT .. "; BPJPH WhatsApp 08111-171019",
  legal_basis = "UU 33/2014 tentang Jaminan Produk Halal sebagaimana diubah UU 6/2023; " ..
    "PP 39/2021; Keputusan Kepala BPJPH 141/2021 tentang Tarif Layanan BLU BPJPH",
  priority = true,
  source = {
    "https://holopis.com/2022/03/17/ini-harga-yang-harus-dibayar-untuk-mendapat-logo-halal-dari-kemenag/4 ; " ..
      "https://nasional.kontan.co.id/news/berapa-biaya-untuk-mengurus-sertifikasi-halal-ini-rinciannya",
    completion = "https://economy.okezone.com/read/2021/11/22/320/2505385/urus-sertifikasi-halal-beres-21-hari-ini-prosesnya " ..
      "(Kepala Pusat Registrasi dan Sertifikasi Halal BPJPH: BPJPH, LPH dan MUI diberi waktu 21 hari " ..
      "sejak pendaftaran sampai sertifikat terbit); PP 39/2021",
  },
  unconfirmed = { minutes = TRIED.minutes },
}

agency:service {
  id = "rumah-ibadat-rekomendasi",
  name = "Rekomendasi Tertulis Pendirian Rumah Ibadat",
  requirements = {
    "Surat permohonan panitia pembangunan rumah ibadat",
    "Daftar nama dan fotokopi KTP paling sedikit 90 orang pengguna rumah ibadat, disahkan pejabat setempat",
    "Dukungan paling sedikit 60 orang masyarakat setempat, disahkan lurah/kepala desa",
    "Fotokopi bukti hak atas tanah",
    "Rekomendasi tertulis FKUB Kabupaten Purbalingga (diajukan bersamaan/sesudahnya)",
  },
  procedure = {
    "Ambil nomor antrean dan serahkan berkas permohonan",
    "Petugas memeriksa kelengkapan; tim Kantor Kemenag melakukan verifikasi lapangan",
    "Kepala Kantor Kemenag menerbitkan rekomendasi tertulis",
    "Rekomendasi dipakai sebagai syarat Persetujuan Bangunan Gedung rumah ibadat",
  },
  minutes = 30,                    -- 20 -> 30: standar Kemenag Kota Singkawang
  completion = { days = 7 },
  fee = 0,
  fee_note = FREE,
  product = "Surat rekomendasi tertulis Kepala Kantor Kemenag",
  complaint_channel = COMPLAINT,
  legal_basis = "Peraturan Bersama Menteri Agama dan Menteri Dalam Negeri 9 dan 8 Tahun 2006 " ..
    "(Pasal 13-14)",
  priority = true,
  source = {
    "PBM Menag-Mendagri 9/8 Tahun 2006 Pasal 14; https://kabsolokkemenag.blogspot.com " ..
      "(standar pelayanan Bimas Islam, rekomendasi pendirian masjid)",
    minutes = SINGKAWANG_IBADAH,
  },
  unconfirmed = { completion = TRIED.completion_ibadah },
}

agency:service {
  id = "majelis-taklim-skt",
  name = "Pendaftaran Majelis Taklim (Surat Keterangan Terdaftar)",
  requirements = {
    "Surat permohonan tertulis dari pengurus kepada Kepala Kantor Kemenag",
    "Formulir pendaftaran majelis taklim (tersedia di KUA kecamatan)",
    "Susunan pengurus",
    "Daftar jemaah paling sedikit 15 orang",
    "Surat keterangan domisili dari desa/kelurahan",
  },
  procedure = {
    "Ambil nomor antrean dan serahkan berkas permohonan",
    "Petugas Seksi Bimas Islam memeriksa kelengkapan berkas",
    "Kepala Kantor Kemenag menerbitkan Surat Keterangan Terdaftar (SKT)",
  },
  minutes = 20,
  completion = { days = 10, note = "2 minggu menurut standar Kemenag Kab. Bogor" },  -- 7 -> 10 hari kerja
  fee = 0,
  fee_note = FREE,
  product = "Surat Keterangan Terdaftar (SKT) majelis taklim, berlaku 5 tahun",
  complaint_channel = COMPLAINT,
  legal_basis = "PMA 29/2019 tentang Majelis Taklim",
  priority = true,
  source = {
    "PMA 29/2019 tentang Majelis Taklim",
    requirements = "https://pekalongan.kemenag.go.id/?p=7773 (Kemenag Kab. Pekalongan 2021: permohonan " ..
      "tertulis pengurus, formulir pendaftaran di KUA, susunan pengurus, keterangan domisili dari " ..
      "desa, pendaftaran gratis); PMA 29/2019 Pasal 6 (pendaftaran tertulis, jemaah paling sedikit 15 " ..
      "orang); https://bidikdata.com/alasan-menag-menetapkan-pma-terkait-pendaftaran-majelis-taklim-di-kemenag.html " ..
      "(ringkasan PMA 29/2019 Pasal 6 dan 9)",
    product = "PMA 29/2019 Pasal 9 (SKT berlaku 5 tahun dan dapat diperpanjang); " ..
      "https://bidikdata.com/alasan-menag-menetapkan-pma-terkait-pendaftaran-majelis-taklim-di-kemenag.html",
    completion = BOGOR_MT,
  },
  unconfirmed = {
    minutes = TRIED.minutes,
  },
}

agency:service {
  id = "wakaf-konsultasi",
  name = "Konsultasi Wakaf dan Pengantar Ikrar Wakaf ke KUA",
  requirements = {
    "KTP-el wakif dan calon nazhir",
    "Fotokopi bukti kepemilikan tanah (sertifikat atau letter C) yang akan diwakafkan",
    "Surat keterangan tanah tidak dalam sengketa dari kepala desa",
  },
  procedure = {
    "Ambil nomor antrean; petugas penyelenggara zakat dan wakaf menjelaskan syarat ikrar wakaf",
    "Petugas memeriksa berkas dan mengarahkan ke PPAIW (Kepala KUA kecamatan letak tanah)",
    "Ikrar wakaf dan Akta Ikrar Wakaf dibuat di KUA; pendaftaran tanah wakaf ke Kantor Pertanahan",
  },
  minutes = 20,
  completion = { at_counter = true },
  fee = 0,
  fee_note = FREE,
  product = "Penjelasan dan pengantar pembuatan Akta Ikrar Wakaf",
  complaint_channel = COMPLAINT,
  legal_basis = "UU 41/2004 tentang Wakaf; PP 42/2006 tentang Pelaksanaan UU 41/2004",
  priority = true,
  source = "https://purbalingga.kemenag.go.id/layanan-publik (layanan penyelenggara zakat dan wakaf)",
  unconfirmed = {
    requirements = TRIED.requirements,
    procedure = TRIED.procedure,
    minutes = TRIED.minutes,
    completion = TRIED.completion,
  },
}

------------------------------------------------------------------------------
-- Pendidikan madrasah dan keagamaan
------------------------------------------------------------------------------

agency:service {
  id = "madrasah-pengganti-ijazah",
  name = "Surat Keterangan Pengganti Ijazah Madrasah (hilang, rusak, salah tulis)",
  requirements = {
    "Formulir permohonan (hilang, rusak atau salah tulis) yang diisi dan ditandatangani",
    "Fotokopi ijazah yang hilang/rusak/salah tulis, bila ada",
    "Surat keterangan alumni dari madrasah penerbit ijazah",
    "Surat pernyataan tanggung jawab mutlak bermeterai Rp10.000",
    "Surat keterangan kehilangan dari kepolisian (jika hilang)",
    "Fotokopi KTP dan pas foto 3x4 latar merah 2 lembar",
    "Surat kuasa bermeterai bila diajukan bukan oleh pemilik ijazah",
  },
  procedure = {
    "Ambil nomor antrean dan serahkan berkas",
    "Petugas Seksi Pendidikan Madrasah mencocokkan data dengan arsip madrasah",
    "Surat keterangan pengganti ijazah ditandatangani Kepala Kantor Kemenag",
  },
  minutes = 20,
  completion = { days = 14, note = "SKPI diterbitkan Kepala Madrasah dan diketahui Kepala Kantor " ..
    "Kemenag (KDJ Pendis 5343/2015)" },
  fee = 0,
  fee_note = FREE,
  product = "Surat Keterangan Pengganti Ijazah (SKPI) madrasah",
  complaint_channel = COMPLAINT,
  legal_basis = "PMA 90/2013 tentang Penyelenggaraan Pendidikan Madrasah Pasal 58 dan 60; " ..
    "Keputusan Dirjen Pendidikan Islam 5343 Tahun 2015 tentang Petunjuk Teknis Pengesahan " ..
    "Fotokopi Ijazah/STTB atau Surat Keterangan Pengganti Ijazah/STTB dan Penerbitan Surat " ..
    "Keterangan Pengganti Ijazah/STTB",
  priority = true,
  source = {
    "https://purbalingga.kemenag.go.id/layanan-publik (Permohonan Penggantian Ijazah); " ..
      "https://kabsolokkemenag.blogspot.com",
    legal_basis = "Keputusan Dirjen Pendidikan Islam 5343 Tahun 2015 (menimbang: melaksanakan PMA " ..
      "90/2013 Pasal 58 dan 60), teksnya dimuat https://kerjapns.com/2023/03/keputusan-dirjen-pendis-kemenag-no-5343-tahun-2015.html",
    requirements = MAN_SKPI,
    completion = MAN_SKPI,
  },
  unconfirmed = {
    minutes = TRIED.minutes,
  },
}

agency:service {
  id = "lpq-tanda-daftar",
  name = "Tanda Daftar Lembaga Pendidikan Al-Qur'an (TPQ, TKQ, TQA, Rumah Tahfidz)",
  requirements = {
    "Proposal pendaftaran berisi profil lembaga, struktur organisasi dan kurikulum",
    "Daftar santri paling sedikit 15 orang",
    "Daftar ustadz/ustadzah dan kepala lembaga beserta fotokopi ijazah/syahadah",
    "Tempat belajar dan daftar sarana prasarana",
    "Surat keterangan domisili lembaga dari desa/kelurahan",
    "Akta notaris/badan hukum penyelenggara (bila ada)",
    "Akun Sipdar-PQ",
  },
  procedure = {
    "Ambil nomor antrean; petugas membantu pengajuan daring di Sipdar-PQ",
    "Seksi PD Pontren memverifikasi berkas dan melakukan visitasi",
    "Kepala Kantor Kemenag menerbitkan tanda daftar LPQ",
  },
  minutes = 20,
  completion = { days = 7 },
  fee = 0,
  fee_note = FREE,
  product = "Tanda daftar LPQ dan nomor statistik lembaga",
  complaint_channel = COMPLAINT,
  legal_basis = "PP 55/2007 tentang Pendidikan Agama dan Pendidikan Keagamaan; Keputusan " ..
    "Dirjen Pendidikan Islam 91/2020 tentang Petunjuk Pelaksanaan Penyelenggaraan Pendidikan Al-Qur'an",
  priority = true,
  source = "https://kissparry.com/2024/04/06/cara-mengurus-tanda-daftar-lpq-tpq-tkq-tqa-terbaru-secara-online-melalui-sipdarpq-dan-contoh-formulirnya-sesuai-kepdirjen-pendis-91-2020 ; " ..
    "https://pontren.com/2021/02/12/juknis-izin-operasional-tpq/",
  unconfirmed = { minutes = TRIED.minutes, completion = TRIED.completion },
}

agency:service {
  id = "pesantren-izin",
  name = "Pendaftaran Izin Operasional Pondok Pesantren",
  requirements = {
    "Surat permohonan, formulir pengajuan terdaftar pesantren (asli) dan surat pernyataan (asli)",
    "Struktur organisasi pesantren, data tenaga pendidik dan tenaga kependidikan",
    "Data santri (paling sedikit 15 santri), data kurikulum dan daftar kitab kuning yang dikaji",
    "Surat pernyataan domisili dari kepala desa (asli)",
    "Salinan akta notaris, SK Kemenkumham pengesahan badan hukum dan NPWP yayasan; atau akta/AD-ART, " ..
      "SK Kemenkumham dan NPWP ormas Islam penyelenggara",
    "Salinan KTP dan NPWP (bila ada)",
    "Salinan bukti kepemilikan tanah milik atau wakaf dan sampul sertifikat hak milik",
    "Dokumentasi foto papan nama, asrama, masjid/musala, ruang belajar, kegiatan pembelajaran kitab " ..
      "kuning, denah, dapur dan MCK",
  },
  procedure = {
    "Daftarkan keberadaan pesantren secara daring di laman Direktorat PD Pontren (ditpdpontren.kemenag.go.id)",
    "Ambil nomor antrean dan serahkan berkas permohonan; petugas memeriksa kelengkapannya",
    "Seksi PD Pontren memverifikasi keabsahan berkas dan melakukan visitasi lapangan",
    "Kantor Kemenag membuat rekomendasi dan mengirimkannya bersama berkas ke Kanwil Kemenag Jawa Tengah melalui aplikasi",
    "Menteri Agama melalui Dirjen Pendidikan Islam menerbitkan Piagam Statistik Pesantren; pemohon menerima piagam",
  },
  minutes = 20,
  completion = { days = 10, note = "sampai Piagam Statistik Pesantren diterima, menurut standar " ..
    "Kemenag Kota Singkawang (10 hari kerja 35 menit)" },
  fee = 0,
  fee_note = FREE,
  product = "Piagam izin terdaftar pesantren dan Nomor Statistik Pesantren (NSP)",
  complaint_channel = COMPLAINT,
  legal_basis = "UU 18/2019 tentang Pesantren (Pasal 5); PMA 30/2020 tentang Pendirian dan " ..
    "Penyelenggaraan Pesantren",
  priority = true,
  source = {
    "UU 18/2019 Pasal 5 (unsur pesantren); PMA 30/2020; " ..
      "https://lingkarjateng.id/berita-pati-hari-ini/ratusan-tpq-di-pati-harus-ajukan-perizinan-ulang-ke-kemenag/",
    requirements = PBG_PONTREN,
    procedure = PBG_PONTREN .. "; " .. SINGKAWANG_PONTREN,
    completion = SINGKAWANG_PONTREN,
  },
  unconfirmed = {
    minutes = TRIED.minutes_pontren,
  },
}

-- Banyak pendaftar haji dan jemaah pelimpahan adalah lansia: kelompok
-- prioritas didahulukan, tetapi satu nomor reguler dipanggil setelah dua
-- panggilan prioritas berturut-turut.
agency:route { priority_first = true, regular_after_priority = 2 }
