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
-- Ditambahkan 2026-12:
--   * izin keramaian: persyaratan menurut Polres Tegal (humasopsrestategal
--     .blogspot.com, 2018), yang mengacu Juklap Kapolri No.Pol/Juklap/02/XII/1995
--     tentang Perizinan dan Pemberitahuan Kegiatan Masyarakat;
--   * surat kehilangan: alur menurut laman Polres Karanganyar (dikutip Kompas TV);
--   * PNBP penggantian SIM hilang/rusak sama dengan perpanjangan (tarif PP
--     60/2016 yang dipertahankan PP 76/2020, dikutip tangerang.tribunnews.com);
--   * waktu penerbitan SKCK di loket: FAQ SKCK Polres Karanganyar (baru sekitar
--     20 menit, perpanjangan sekitar 10 menit setelah berkas lengkap);
--   * persyaratan perpanjangan SKCK: Perpol 6/2023 Pasal 17 (diperpanjang
--     sebelum masa berlaku habis; SKCK yang habis/hilang diurus baru), yang
--     menggantikan ketentuan lama "habis paling lama 1 tahun" (FAQ Polres
--     Karanganyar masih menyebut batas lama itu).
--
-- Ditambahkan 2026-12: perpanjangan SIM A, B dan C selesai
-- pada kunjungan itu juga (langsung jadi, bisa ditunggu) menurut Baur SIM
-- Satlantas Polres Klaten, Jawa Tengah (mattanews.com, Mei 2017).
--
-- Ditambahkan 2026-12 (Polri instansi vertikal, standar
-- Polres/Polda mana pun di Indonesia dipakai dengan nama kantor dan provinsinya):
--   * sidik jari: persyaratan, 10 menit dan kartu langsung diserahkan menurut
--     standar layanan sidik jari Polres Sintang, Kalimantan Barat;
--   * surat kehilangan: persyaratan dan "langsung jadi" menurut laman Polda
--     Kepulauan Riau; sekitar 10 menit menurut maklumat/waktu pelayanan SPKT
--     Polres Pasuruan, Jawa Timur;
--   * izin keramaian: alur dan jangka waktu 1 hari menurut standar pelayanan
--     Polres Cilegon, Banten (juga 1x24 jam di Polres Pinrang, Sulawesi Selatan);
--   * waktu di loket perpanjangan SIM A, B dan C: 35 menit menurut waktu per tahap
--     standar Permohonan Perpanjangan SIM Polres Kabupaten Ponorogo, Jawa Timur,
--     di SIPPN (ditambahkan 2026-12; kini hanya dipakai untuk SIM B I/B II, sedangkan
--     SIM A dan C memakai standar Polda Jawa Tengah, lihat di bawah).
--
-- Ditambahkan 2026-12: penggantian SIM hilang/rusak (persyaratan, alur, sekitar 30 menit,
-- selesai di loket, biaya) dan waktu perpanjangan SIM A dan C (35 -> 30 menit) menurut standar
-- "Pelayanan pengurusan SIM perpanjangan/hilang/rusak" Polda Jawa Tengah di SIPPN. Standar itu
-- hanya meminta KTP, surat sehat dan SIM asli/surat kehilangan; tes psikologi dan bukti JKN yang
-- dicantumkan untuk perpanjangan di sini tidak disebutnya.
--
-- Belum terkonfirmasi: waktu layanan di loket (minutes) SKCK WNA dan izin
-- keramaian; jangka waktu SKCK WNA. Catatan: standar
-- SKCK Polres Salatiga (2018) memberi jangka waktu paling lama 1 hari kerja, lebih longgar daripada 60/30 menit
-- standar Polres Belu yang dipakai untuk SKCK baru dan perpanjangan.
-- Pembagian loket 14-15 antara SKCK dan SIM tidak ditemukan, sehingga tidak
-- ditetapkan per layanan.

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
-- Waktu penerbitan SKCK di loket: FAQ SKCK Polres Karanganyar (Jawa Tengah, laman
-- resmi, era PP 76/2020): SKCK baru sekitar 20 menit, perpanjangan sekitar 10 menit
-- setelah berkas dinyatakan lengkap dan diterima petugas.
local SKCK_MIN_SRC = "https://polres.karanganyarkab.go.id/?p=8509 (FAQ SKCK Polres Karanganyar, " ..
  "butir 5: SKCK baru sekitar 20 menit, perpanjangan sekitar 10 menit setelah berkas lengkap)"
-- Jangka waktu perpanjangan SIM: Baur SIM Satlantas Polres Klaten (Jawa Tengah) menyatakan
-- perpanjangan SIM langsung jadi dan bisa ditunggu pada hari itu (mattanews.com, Mei 2017);
-- standar pelayanan Satpas Polres Purbalingga tidak ditemukan (dicari 2026-12).
local SIM_DONE_SRC = "http://www.mattanews.com/2017/05/sim-habis-masa-berlakunya-tidak-bisa.html " ..
  "(Baur SIM Satlantas Polres Klaten, Jawa Tengah: pemohon perpanjangan SIM bisa langsung jadi dan " ..
  "ditunggu, sehari jadi)"
-- Ditambahkan 2026-12. Polri adalah instansi vertikal dengan
-- layanan yang sama di seluruh Indonesia, sehingga standar terbit Polres/Polda mana pun
-- dipakai bila standar Polres Purbalingga tidak ditemukan; nama kantor, provinsi dan
-- tahunnya disebut di sumber.
-- Sidik jari: standar layanan sidik jari Polres Sintang (Kalimantan Barat) di laman
-- resminya, mengacu Perkap 18/2014 (tahun laman tidak tertera; SK standar pelayanan
-- Polres Sintang KEP/58/IX/2018): 10 menit sejak persyaratan lengkap, kartu langsung
-- diserahkan.
local SIDIK_SRC = "https://polrestasintang.com/?p=2591 (standar layanan sidik jari Polres Sintang, " ..
  "Kalimantan Barat, mengacu Perkap 18/2014, tahun laman tidak tertera: fotokopi e-KTP, pas foto " ..
  "4x6 2 lembar, 2x3 1 lembar, samping kiri dan kanan 4x6 masing-masing 1 lembar, pemohon datang " ..
  "sendiri, jangka waktu 10 menit sejak persyaratan lengkap, kartu sidik jari diserahkan)"
-- Surat kehilangan: laman Polda Kepulauan Riau (pid.kepri.polri.go.id, resmi Polri) dan
-- laman pelayanan publik SPKT Polres Pasuruan (Jawa Timur) yang memuat maklumat dan waktu
-- pelayanan SPKT.
local KEHILANGAN_REQ_SRC = "https://pid.kepri.polri.go.id/apa-itu-surat-kehilangan (laman resmi " ..
  "Polda Kepulauan Riau, tahun tidak tertera: KTP asli dan fotokopi, surat pengantar RT/RW bila " ..
  "diminta, dokumen pendukung, kronologi kehilangan, gratis, langsung jadi saat itu juga)"
local KEHILANGAN_TIME_SRC = "https://pelayananpublikpolrespasuruan.id/?p=154 (maklumat dan waktu " ..
  "pelayanan SPKT Polres Pasuruan, Jawa Timur, tahun tidak tertera: pembuatan surat kehilangan " ..
  "sekitar 10 menit, pelapor dapat menunggu setelah berkas lengkap)"
-- Izin keramaian: standar pelayanan perizinan kegiatan masyarakat Polres Cilegon (Banten),
-- mengacu PP 60/2017 dan Juklak Kapolri 02/XII/1995; jangka waktu 1 hari juga disebut
-- standar Polres Pinrang (Sulawesi Selatan, 1x24 jam, dikutip Tribun 2021).
local KERAMAIAN_SRC = "https://www.polrescilegon.com/p/ijin-keramaian.html (standar pelayanan " ..
  "perizinan kegiatan masyarakat Polres Cilegon, Banten, mengacu PP 60/2017, tahun laman tidak " ..
  "tertera: permohonan kepada Kapolres, wawancara dan pengecekan dokumen, penerbitan dan " ..
  "penyerahan surat izin, waktu 1 hari, tidak dipungut biaya)"
local KERAMAIAN_PINRANG = "https://makassar.tribunnews.com/2021/10/04/simak-mekanisme-dan-syarat-urus-surat-izin-keramaian-di-pinrang-wajib-bawa-proposal-kegiatan?page=2 " ..
  "(Polres Pinrang, Sulawesi Selatan, 2021: jangka waktu penyelesaian surat izin/STTP 1x24 jam)"
-- Waktu di loket perpanjangan SIM (ditambahkan 2026-12): standar pelayanan "Permohonan
-- Perpanjangan SIM" Polres Kabupaten Ponorogo (Jawa Timur) di SIPPN, tahun tidak tertera,
-- memerinci waktu tiap tahap: fotokopi 5, surat sehat 10, psikologi 15, pengisian formulir 5,
-- entri data 5, pembayaran PNBP 5, rekam foto/sidik jari/tanda tangan 10, cetak dan
-- penyerahan SIM 10 menit. Tahap di loket Satpas (formulir sampai penyerahan SIM) berjumlah
-- 5+5+5+10+10 = 35 menit; surat sehat dan psikologi diurus sebelum ke loket. Ini standar
-- terbit Polres lain untuk layanan nasional yang sama (Perpol 5/2021, tarif PP 76/2020).
local SIM_MIN_SRC = "https://sippn.menpan.go.id/pelayanan-publik/8151707/polres-kabupaten-ponorogo/permohonan-perpanjangan-sim " ..
  "(standar pelayanan Permohonan Perpanjangan SIM Polres Kabupaten Ponorogo, Jawa Timur, di SIPPN, " ..
  "tahun tidak tertera: formulir 5, entri data 5, PNBP 5, rekam biometrik 10, cetak dan penyerahan " ..
  "10 menit = 35 menit di loket, surat sehat 10 dan psikologi 15 menit di luar loket)"
-- Ditambahkan 2026-12: standar "Pelayanan pengurusan SIM perpanjangan/hilang/rusak" Polda
-- Jawa Tengah di SIPPN (Polda yang membawahi Polres Purbalingga; tahun tidak tertera):
-- persyaratan KTP/fotokopinya, surat keterangan sehat dari dokter yang ditunjuk Polri, SIM asli
-- (perpanjangan/rusak) atau surat keterangan kehilangan dari kepolisian (hilang); alur loket
-- pendaftaran dan formulir, pembayaran, antrean foto, identifikasi/sidik jari/tanda tangan/foto,
-- cetak SIM di loket pengambilan; waktu kurang lebih 30 menit untuk SIM A, C dan D; biaya SIM A
-- Rp80.000, SIM C Rp75.000, SIM D Rp30.000; pengaduan di ruang pengaduan Satpas dan LAPOR!.
local SIM_JATENG = "https://sippn.menpan.go.id/pelayanan-publik/7981914/polda-jawa-tengah/pelayanan-pengurusan-sim-perpanjanganhilangrusak " ..
  "(standar pelayanan pengurusan SIM perpanjangan/hilang/rusak Polda Jawa Tengah di SIPPN, tahun tidak " ..
  "tertera: KTP, surat sehat dokter yang ditunjuk Polri, SIM asli untuk perpanjangan/rusak, surat " ..
  "keterangan kehilangan dari kepolisian untuk SIM hilang, SIM dicetak di loket pengambilan, kurang lebih " ..
  "30 menit untuk SIM A, C dan D, SIM A Rp80.000, SIM C Rp75.000)"
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
  minutes_keramaian = "Dicari 2026-12: standar Polres Purbalingga tidak ditemukan; dicari lagi " ..
    "(standar Polres mana pun): standar izin keramaian Polres Cilegon (polrescilegon.com) dan " ..
    "Polres Pinrang (Tribun 2021) memuat jangka waktu 1 hari tetapi tidak memuat waktu " ..
    "penerimaan berkas di loket; daftar standar Polres Sintang KEP/58/IX/2018 (scribd) memuat " ..
    "izin keramaian tetapi isinya tidak terbaca. Dicari lagi 2026-12: laman perizinan kegiatan " ..
    "masyarakat Polres Purbalingga (polrespurbalingga.net), Polres Sukoharjo dan Polres Pemalang " ..
    "memuat persyaratan dan alur tanpa waktu; SOP Sat Intelkam Polres Kutai Timur 2018 dan SOP " ..
    "Ditintelkam Polda NTB R/SOP/13/I/2019 (123dok) hanya terbaca pembukaannya; laman Sat Intelkam " ..
    "Polres Kutai Timur (polreskutim.id/?p=6344) menyebut 3-7 hari kerja tanpa waktu loket. " ..
    "Dicari lagi 2026-12: SIPPN Polda Jawa Tengah (hanya standar SIM perpanjangan/hilang/rusak " ..
    "yang ditemukan) dan laman alur perizinan Ditintelkam Polda Jawa Tengah " ..
    "(perizinanpoldajateng.com/mekanisme-prosedur: penerimaan berkas dan tanda terima, tanpa waktu).",
  minutes = "Dicari 2026-12: standar Polres Purbalingga tidak ditemukan; standar Polres Jawa " ..
    "Tengah yang ditemukan (Cilacap polres.cilacapkab.go.id/layanan/skck-2, Pati Kep/01/I/2022, " ..
    "Salatiga 2018) terbaca tanpa waktu layanan di loket untuk layanan ini. Dicari lagi " ..
    "(dicari 2026-12, standar Polres mana pun di Indonesia): daftar isi standar pelayanan Polres " ..
    "Sintang KEP/58/IX/2018 (scribd) memuat SKCK baru dan perpanjangan tetapi tidak SKCK WNA; " ..
    "standar SKCK WNA dengan waktu loket tidak ditemukan. Dicari lagi 2026-12: standar Sat " ..
    "Intelkam Polres Lampung Selatan 2025 (tribratanews.lampung.polri.go.id, SKCK WNI 10-15 menit) " ..
    "dan SOP Intelkam Polresta Bandara Soekarno-Hatta (scribd) tidak memuat SKCK WNA. Dicari lagi " ..
    "2026-12: SIPPN Polda Jawa Tengah untuk SKCK WNA tidak ditemukan; laman mekanisme SKCK Polres " ..
    "Jepara 2023 (tribratanews.jepara.jateng.polri.go.id) hanya memuat SKCK WNI tanpa waktu.",
  completion = "Dicari 2026-12: standar Polres Purbalingga tidak ditemukan; standar Polres Jawa " ..
    "Tengah yang ditemukan (Cilacap, Pati, Salatiga) tidak memuat jangka waktu layanan ini atau " ..
    "terbaca terpotong.",
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
  source = { SKCK_SRC, minutes = SKCK_MIN_SRC, completion = SKCK_TIME_SRC .. "; " .. SKCK_MIN_SRC },
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
    "SKCK lama yang masih berlaku (asli/legalisir dan fotokopinya); SKCK yang sudah habis masa berlakunya atau hilang diurus sebagai SKCK baru",
    "Fotokopi KTP-el dan Kartu Keluarga",
    "Fotokopi akta lahir atau surat kenal lahir",
    "Pas foto berwarna 4 x 6 latar merah sebanyak 5 lembar",
    "Bukti kepesertaan aktif JKN/BPJS Kesehatan",
  },
  procedure = {
    "Isi formulir perpanjangan SKCK",
    "Ambil nomor antrean dan serahkan berkas",
    "Petugas meneliti berkas dan catatan kepolisian",
    "Bayar PNBP",
    "SKCK baru diserahkan",
  },
  minutes = 10,                    -- 15 -> 10: FAQ SKCK Polres Karanganyar (sekitar 10 menit)
  completion = { at_counter = true, note = "paling lama 30 menit setelah berkas diterima lengkap" },
  fee = 30000,
  fee_note = "PNBP SKCK Rp30.000 (PP 76/2020)",
  product = "SKCK yang diperpanjang",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS_POLRI .. "; Perpol 6/2023 tentang Penerbitan SKCK",
  priority = true,
  source = {
    "https://www.beritakamu.info/simak-syarat-cara-dan-biaya-membuat-skck-terbaru-19814.html; " .. SKCK_SRC,
    requirements = "Perpol 6/2023 Pasal 17 ayat (1) dan (2) (perpanjangan sebelum masa berlaku habis " ..
      "dengan fotokopi SKCK sebelumnya dan pas foto 4x6 5 lembar, SKCK habis/hilang diurus baru), " ..
      "dikutip https://liputanbangsa.com/skck-biaya-pembuatan-batas-masa-berlaku-hingga-perpanjangnya-liputan-online-indonesia/ " ..
      "(yang juga mengutip daftar dokumen laman Polri); " ..
      "https://www.beritakamu.info/simak-syarat-cara-dan-biaya-membuat-skck-terbaru-19814.html; " .. SKCK_SRC,
    minutes = SKCK_MIN_SRC,
    completion = SKCK_TIME_SRC .. "; " .. SKCK_MIN_SRC,
  },
  -- Antrean daring (kebijakan MPP, bukan ketentuan instansi): SKCK; separuh kuota untuk datang langsung.
  booking = { slot_minutes = 30, capacity = 4, days_ahead = 7, walkin_share = 50 },
}

agency:service {
  id = "sidik-jari",
  name = "Perekaman Rumus Sidik Jari (Inafis) untuk SKCK",
  requirements = {
    "Fotokopi KTP-el",
    "Pas foto 4 x 6 sebanyak 2 lembar dan 2 x 3 sebanyak 1 lembar",
    "Pas foto 4 x 6 menghadap samping kiri dan samping kanan, masing-masing 1 lembar",
    "Pemohon hadir sendiri",
  },
  procedure = {
    "Ambil nomor antrean",
    "Petugas Inafis merekam sepuluh sidik jari",
    "Kartu sidik jari dan rumusnya diserahkan untuk berkas SKCK",
  },
  minutes = 10,                    -- 15 -> 10: standar layanan sidik jari Polres Sintang
  completion = { at_counter = true },
  fee = 0,
  fee_note = "Tidak tercantum sebagai PNBP dalam PP 76/2020, tidak dipungut biaya",
  product = "Kartu dan rumus sidik jari (AK-23)",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS_POLRI .. "; Perpol 6/2023 tentang Penerbitan SKCK",
  priority = true,
  source = {
    "https://jambiupdate.co/read/2025/01/03/117291/syarat-wajib-drh-ni-pppk-2024-berikut-cara-membuat-skck " ..
      "(sidik jari bukan PNBP); " .. SKCK_SRC,
    requirements = SIDIK_SRC,
    minutes = SIDIK_SRC,
    completion = SIDIK_SRC,
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
  minutes = 30,                    -- 35 -> 30: SIPPN Polda Jawa Tengah (sekitar 30 menit; Ponorogo: 35)
  completion = { at_counter = true },
  fee = 80000,
  fee_note = "PNBP perpanjangan SIM A Rp80.000 (PP 76/2020); biaya pemeriksaan kesehatan dan tes " ..
    "psikologi dibayar terpisah kepada penyedianya",
  product = "SIM A",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS_POLRI .. "; UU 22/2009 tentang LLAJ; Perpol 5/2021 tentang Penerbitan dan Penandaan SIM",
  priority = true,
  source = { SIM_SRC, minutes = SIM_JATENG, completion = SIM_JATENG .. "; " .. SIM_DONE_SRC },
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
  minutes = 30,                    -- 35 -> 30: SIPPN Polda Jawa Tengah (sekitar 30 menit; Ponorogo: 35)
  completion = { at_counter = true },
  fee = 75000,
  fee_note = "PNBP perpanjangan SIM C (termasuk C I dan C II) Rp75.000 (PP 76/2020); biaya " ..
    "pemeriksaan kesehatan dan tes psikologi dibayar terpisah",
  product = "SIM C",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS_POLRI .. "; UU 22/2009 tentang LLAJ; Perpol 5/2021 tentang Penerbitan dan Penandaan SIM",
  priority = true,
  source = {
    SIM_SRC .. "; https://motorplus-online.com/read/252812602/punya-sim-c-golongan-ini-bisa-pakai-semua-motor-biaya-resminya-cuma-segini?page=3",
    minutes = SIM_JATENG,
    completion = SIM_JATENG .. "; " .. SIM_DONE_SRC,
  },
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
  minutes = 35,                    -- 20 -> 35: SIPPN Polres Kab. Ponorogo (tahap di loket)
  completion = { at_counter = true },
  fee = 80000,
  fee_note = "PNBP perpanjangan SIM B I/B II Rp80.000 (PP 76/2020); biaya pemeriksaan kesehatan " ..
    "dan tes psikologi dibayar terpisah",
  product = "SIM B I atau SIM B II",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS_POLRI .. "; UU 22/2009 tentang LLAJ; Perpol 5/2021 tentang Penerbitan dan Penandaan SIM",
  priority = true,
  source = {
    SIM_SRC .. "; https://www.tribratanewspolrespidie.com/jenis-dan-tarif-pembuatan-sim/",
    minutes = SIM_MIN_SRC,
    completion = SIM_DONE_SRC,
  },
}

agency:service {
  id = "sim-hilang-rusak",
  name = "Penggantian SIM Hilang atau Rusak",
  requirements = {
    "KTP-el asli atau fotokopinya",
    "Surat keterangan sehat dari dokter yang ditunjuk Polri",
    "SIM asli yang rusak (untuk SIM rusak)",
    "Surat keterangan kehilangan dari kepolisian (untuk SIM hilang)",
  },
  procedure = {
    "Daftar di loket pendaftaran Satpas: isi formulir permohonan, lampirkan persyaratan dan bayar PNBP",
    "Setelah berkas lengkap, terima nomor antrean foto SIM",
    "Identifikasi sesuai data KTP, perekaman sidik jari, tanda tangan dan foto",
    "SIM dicetak dan diambil di loket pengambilan SIM",
  },
  minutes = 30,                    -- 20 -> 30: SIPPN Polda Jawa Tengah (kurang lebih 30 menit)
  completion = { at_counter = true },
  fee = 75000,
  fee_note = "PNBP sebesar perpanjangan: SIM C Rp75.000, SIM A Rp80.000 (PP 76/2020)",
  product = "SIM pengganti",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS_POLRI .. "; Perpol 5/2021 tentang Penerbitan dan Penandaan SIM",
  priority = true,
  source = {
    SIM_SRC,
    requirements = SIM_JATENG,
    procedure = SIM_JATENG,
    minutes = SIM_JATENG,
    completion = SIM_JATENG,
    fee = SIM_JATENG,
    fee_note = "PP 76/2020 Lampiran (tarif PP 60/2016 dipertahankan); " ..
      "https://tangerang.tribunnews.com/2023/08/12/polisi-beri-dispensasi-perpanjangan-sim-bagi-masa-berlakunya-habis-di-tanggal-1-10-agustus-2023?page=2 " ..
      "(Satpas Polda Metro Jaya 2023: tarif penerbitan perpanjangan, hilang, rusak dan mutasi sama, " ..
      "SIM A Rp80.000, SIM C Rp75.000); " .. SIM_JATENG,
  },
}

------------------------------------------------------------------------------
-- SPKT dan Intelkam lainnya
------------------------------------------------------------------------------

agency:service {
  id = "laporan-kehilangan",
  name = "Surat Tanda Penerimaan Laporan Kehilangan",
  requirements = {
    "KTP-el asli dan fotokopinya (bila KTP-el yang hilang, identitas lain)",
    "Fotokopi dokumen pendukung barang/dokumen yang hilang, bila ada (misalnya fotokopi STNK)",
    "Keterangan kronologi kehilangan, ditulis atau disampaikan kepada petugas",
    "Surat pengantar RT/RW bila diminta petugas",
  },
  procedure = {
    "Ambil nomor antrean dan sampaikan laporan kehilangan kepada petugas SPKT",
    "Isi formulir dan jawab pertanyaan petugas tentang kronologi kehilangan",
    "Petugas mencatat laporan; surat tanda penerimaan laporan kehilangan dicetak dan diserahkan",
  },
  minutes = 10,
  completion = { at_counter = true },
  fee = 0,
  fee_note = "Tidak dipungut biaya",
  product = "Surat Tanda Penerimaan Laporan Kehilangan (untuk mengurus dokumen pengganti)",
  complaint_channel = COMPLAINT,
  legal_basis = "UU 2/2002 tentang Kepolisian Negara Republik Indonesia",
  priority = true,
  source = {
    "Perpres 96/2018 Pasal 13 dan 15 (surat kehilangan dari kepolisian sebagai syarat KK/KTP-el " ..
      "pengganti); PP 76/2020 (tidak ada tarif untuk surat kehilangan)",
    procedure = "https://origin.kompas.tv/nasional/494899/cara-mengurus-surat-kehilangan-ktp-di-kantor-polisi-ini-syarat-dan-biayanya " ..
      "(mengutip laman Polres Karanganyar, Jawa Tengah, polres.karanganyarkab.go.id: datang ke bagian " ..
      "pelayanan, isi formulir dan jawab pertanyaan kronologi kehilangan, ikuti arahan petugas)",
    requirements = KEHILANGAN_REQ_SRC,
    minutes = KEHILANGAN_TIME_SRC,
    completion = KEHILANGAN_TIME_SRC .. "; " .. KEHILANGAN_REQ_SRC,
  },
}

agency:service {
  id = "izin-keramaian",
  name = "Izin Keramaian dan Pemberitahuan Kegiatan Masyarakat",
  requirements = {
    "Keramaian kecil (hajatan, sekitar 300-500 orang): surat keterangan dari desa/kelurahan setempat",
    "Keramaian kecil: fotokopi KTP-el dan fotokopi Kartu Keluarga yang punya hajat, masing-masing 1 lembar",
    "Keramaian besar (lebih dari 1.000 orang): surat permohonan izin keramaian dari penyelenggara",
    "Keramaian besar: proposal kegiatan dan identitas penyelenggara/penanggung jawab",
    "Keramaian besar: izin tempat berlangsungnya kegiatan",
  },
  procedure = {
    "Ambil nomor antrean dan serahkan surat permohonan izin kepada Kapolres beserta lampirannya",
    "Petugas Sat Intelkam mewawancarai pemohon dan memeriksa dokumen perizinan",
    "Surat izin keramaian atau STTP diproses dan diterbitkan",
    "Surat izin diserahkan kepada pemohon",
  },
  minutes = 15,
  completion = { days = 1, note = "untuk keramaian kegiatan masyarakat; keramaian besar (konser, " ..
    "komersial) memerlukan pengecekan lokasi dan koordinasi pengamanan tanpa batas waktu dalam standar" },
  fee = 0,
  fee_note = "Tidak tercantum sebagai PNBP dalam PP 76/2020, tidak dipungut biaya",
  product = "Surat Izin Keramaian / Surat Tanda Terima Pemberitahuan (STTP)",
  complaint_channel = COMPLAINT,
  legal_basis = "UU 2/2002 Pasal 15 ayat (2) huruf a tentang izin keramaian umum; UU 9/1998 " ..
    "tentang Kemerdekaan Menyampaikan Pendapat di Muka Umum",
  priority = true,
  source = {
    "UU 2/2002 Pasal 15; PP 76/2020 (tidak ada tarif izin keramaian)",
    requirements = "https://humasopsrestategal.blogspot.com/2018/07 (Polres Tegal 2018, Jawa Tengah, " ..
      "berdasar Juklap Kapolri No.Pol/Juklap/02/XII/1995 tentang Perizinan dan Pemberitahuan " ..
      "Kegiatan Masyarakat)",
    procedure = KERAMAIAN_SRC,
    completion = KERAMAIAN_SRC .. "; " .. KERAMAIAN_PINRANG,
  },
  unconfirmed = {
    minutes = TRIED.minutes_keramaian,
  },
}

-- Prioritas didahulukan; satu nomor reguler setelah tiga panggilan
-- prioritas berturut-turut.
agency:route { priority_first = true, regular_after_priority = 3 }
