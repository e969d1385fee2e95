-- Dinas Perhubungan (Dinhub) Kabupaten Purbalingga: di MPP (loket 33)
-- menerima pendaftaran dan berkas pengujian berkala kendaraan bermotor
-- (uji KIR: berkala, pertama, numpang uji, mutasi, penggantian kartu),
-- perizinan angkutan umum dalam kabupaten (trayek, insidentil), persetujuan
-- analisis dampak lalu lintas, parkir, rekomendasi penggunaan jalan dan
-- usulan perlengkapan jalan. Pemeriksaan fisik kendaraan tetap dilakukan
-- di Unit Pelaksana Uji Berkala Kendaraan Bermotor (UPUBKB) Dinhub.
--
-- Sumber (diperiksa 2026-11; pencarian 2026-12 sebelumnya tidak
-- menambah sumber yang memuat waktu loket atau jangka waktu Dinhub di Jawa
-- Tengah; pencarian 2026-12 menambah satu, lihat di bawah):
--   * purbalinggakab.go.id/info/mulai-2024-pelayanan-uji-kir-di-purbalingga-
--     gratis/ (30-1-2024): sejak 1-1-2024 uji KIR gratis berdasarkan Perda
--     Kab. Purbalingga 15/2023 yang mengubah Perda 3/2021 tentang Retribusi
--     Pengujian Kendaraan Bermotor; tunggakan retribusi sebelum 2024 tetap
--     wajib dilunasi; jenis uji: berkala, kendaraan baru, numpang uji
--     masuk/keluar, mutasi masuk/keluar (purbalinggakab.go.id, 16-7-2022);
--   * PM Perhubungan 19/2021 tentang Pengujian Berkala Kendaraan Bermotor;
--     Kepdirjen Hubdat KP-DRJD 3291/2021 (bukti lulus uji elektronik/BLUe);
--   * PP 30/2021 dan PM Perhubungan 17/2021 (andalalin); PM Perhubungan
--     15/2019 (angkutan orang dalam trayek dan izin insidentil);
--   * contoh persyaratan uji dari Dishub Bontang (inspirasa.co);
--   * persyaratan izin insidentil (ditambahkan 2026-12): standar pelayanan
--     Izin Insidentil Angkutan Umum Kota Tegal 2017 (scribd 449732183);
--   * kanal pengaduan Pemkab: tabloidelemen.com 13-3-2025 (Lapor Mas Bup
--     WhatsApp 0813-9900-4222, maturbup.purbalinggakab.go.id).
--
-- Ditambahkan 2026-12: persyaratan uji pertama menurut standar Dinas
-- Perhubungan Kab. Cilacap di SIPPN (pelayanan-publik/8018123).
--
-- Ditambahkan 2026-12: jangka waktu uji berkala 120 menit
-- (2 jam) dari standar pelayanan Dinas Perhubungan Kota Semarang di laman
-- PPID Kota Semarang (diterbitkan 18-3-2025).
--
-- Ditambahkan 2026-12: persyaratan numpang uji keluar menurut standar
-- pelayanan Dinas Perhubungan Kab. Tegal (dishub.tegalkab.go.id), menggantikan
-- contoh Dishub Bontang. Persyaratan numpang uji masuk dan mutasi uji hanya
-- ada pada contoh Bontang (inspirasa.co, Kalimantan Timur); standar Dishub Jawa
-- Tengah untuk keduanya belum ditemukan, maka ditandai `unconfirmed` (2026-12).
--
-- Belum terkonfirmasi: waktu layanan di loket (minutes) semua layanan;
-- jangka waktu penyelesaian semua layanan kecuali uji berkala;
-- persyaratan rinci penggantian kartu uji, parkir, penggunaan jalan dan
-- usulan rambu sebagaimana ditetapkan Dinhub Purbalingga (pencarian 2026-12
-- hanya menemukan standar izin insidentil Kota Tegal; persyaratan izin trayek
-- kini mengikuti PM Perhubungan 15/2019 Pasal 66-67); apakah
-- parkir di luar ruang milik jalan dikenai retribusi. Kolom-kolom itu
-- ditandai `unconfirmed`.

local COMPLAINT = "SP4N-LAPOR! (www.lapor.go.id); Lapor Mas Bup (WhatsApp 0813-9900-4222); " ..
  "Matur Mas Bupati (maturbup.purbalinggakab.go.id); pengaduan langsung di loket Dinhub MPP"
local KIR_BASIS = "UU 22/2009 tentang Lalu Lintas dan Angkutan Jalan; PP 55/2012 tentang " ..
  "Kendaraan; PM Perhubungan 19/2021 tentang Pengujian Berkala Kendaraan Bermotor; " ..
  "Perda Kab. Purbalingga 3/2021 jo. Perda 15/2023 tentang Retribusi Pengujian Kendaraan Bermotor"
local KIR_FREE = "Gratis sejak 1 Januari 2024 (Perda Kab. Purbalingga 15/2023); tunggakan " ..
  "retribusi uji tahun-tahun sebelumnya tetap harus dilunasi"
local KIR_SRC = "https://www.purbalinggakab.go.id/info/mulai-2024-pelayanan-uji-kir-di-purbalingga-gratis/ ; " ..
  "PM Perhubungan 19/2021"
local ANGKUTAN_BASIS = "UU 22/2009 tentang Lalu Lintas dan Angkutan Jalan; PP 74/2014 tentang " ..
  "Angkutan Jalan; PM Perhubungan 15/2019 tentang Penyelenggaraan Angkutan Orang dengan " ..
  "Kendaraan Bermotor Umum dalam Trayek"

-- What was looked up for each fact the services below leave unconfirmed
-- (`mppctl facts dishub` lists them per service).
local TRIED = {
  requirements = "Persyaratan rinci Dinhub Purbalingga tidak ditemukan (diperiksa 2026-11). Dicari " ..
    "2026-12: standar Dinhubkominfo Kab. Tegal 050/0781 (docplayer; kutipan berhenti di konsiderans), " ..
    "SOP pengujian Dishub Kota Pekalongan (hanya ruang lingkup dan definisi terbaca), SIPPN. " ..
    "Dicari lagi (2026-12): SIPPN Dishub Jawa Tengah (yang ditemukan hanya SIPPN Kab. " ..
    "Cilacap untuk uji pertama; entri penggantian buku uji hilang/rusak milik Dishub Kota " ..
    "Probolinggo, Jawa Timur), laman Dishub Kab. Wonogiri (daftar jenis izin angkutan tanpa " ..
    "persyaratan), standar pelayanan parkir Kab. Wonogiri (123dok/scribd; hanya dasar hukum dan " ..
    "definisi terbaca), standar izin penyelenggaraan angkutan orang (123dok 2021; instansi dan " ..
    "daerahnya tidak disebut), standar izin pemakaian jalan DPMPTSP Kab. Sanggau (di luar Jawa " ..
    "Tengah); tidak ada yang menetapkan persyaratan layanan ini untuk Dinhub Jawa Tengah.",
  procedure = "Alur Dinhub Purbalingga tidak ditemukan untuk layanan ini (diperiksa 2026-11; dicari lagi " ..
    "2026-12 di standar Dinhubkominfo Kab. Tegal dan SOP Dishub Kota Pekalongan, yang kutipannya " ..
    "tidak sampai alur layanan ini).",
  minutes = "Standar Dinhub Purbalingga tidak ditemukan; purbalinggakab.go.id hanya memberi jenis " ..
    "uji dan biaya (diperiksa 2026-11). Dicari 2026-12: standar Dinhubkominfo Kab. Tegal 050/0781 " ..
    "dan SOP pengujian Dishub Kota Pekalongan (kutipan tidak sampai waktu), berita uji KIR " ..
    "Purbalingga; angka menit yang ditemukan (SIPPN rekomendasi mutasi keluar 30 menit, Dishub " ..
    "Banjarbaru 30 menit) bukan dari Dishub Jawa Tengah yang jelas.",
  completion = "Standar Dinhub Purbalingga tidak ditemukan (diperiksa 2026-11). Dicari 2026-12: " ..
    "PM Perhubungan 17/2021 dan 19/2021 serta Kepdirjen KP-DRJD 3291/2021 di scribd (kutipan " ..
    "berhenti di konsiderans), standar Dinhubkominfo Kab. Tegal (terpotong); jangka waktu belum " ..
    "terbaca.",
  fee_note = "Apakah parkir di luar ruang milik jalan dikenai retribusi di Purbalingga tidak " ..
    "ditemukan (diperiksa 2026-11; tidak ada sumber baru 2026-12).",
  product = "Bentuk produk izin insidentil Dinhub Purbalingga tidak ditemukan (diperiksa 2026-11; " ..
    "PM Perhubungan 15/2019 dicari lagi 2026-12 tetapi teksnya tidak terbaca).",
}

-- Dicari lagi (2026-12): ditambahkan ke teks "tried".
TRIED.requirements = TRIED.requirements .. " Dicari lagi 2026-12 (peraturan nasional yang memuat " ..
  "persyaratan dan SIPPN dengan judul layanan): pasal PM Perhubungan 19/2021 tentang penggantian " ..
  "bukti lulus uji yang hilang/rusak tidak terbaca (Kepdirjen KP-DRJD 3291/2021 dan Perdirjen 2874/2017 " ..
  "di scribd hanya sampai konsiderans); standar izin parkir yang muncul hanya Kab. Wonogiri (dasar " ..
  "hukum dan definisi), Kota Malang dan Perbup Tangerang 130/2015 (di luar Jawa Tengah); untuk " ..
  "rekomendasi penggunaan jalan dan usulan rambu/marka/APILL hanya muncul PM Perhubungan 96/2015 dan " ..
  "Perda Sleman 6/2022 (konsiderans), tanpa daftar persyaratan."
TRIED.minutes = TRIED.minutes .. " Dicari lagi (2026-12): standar pengujian berkala " ..
  "Dinas Perhubungan Kota Semarang di laman PPID (ppid.semarangkota.go.id, 2025) memberi 120 menit " ..
  "untuk seluruh proses termasuk pengujian fisik, bukan waktu loket pendaftaran; SIPPN Dishub Jawa Tengah " ..
  "dengan kalimat isi standar (uji berkala, numpang uji) hanya memunculkan Bontang, Halmahera Timur " ..
  "(45 menit) dan SOP Dishub Kota Pekalongan (tanpa waktu); laman standar MPP Purbalingga untuk Dinhub " ..
  "tidak ditemukan."
TRIED.completion = TRIED.completion .. " Dicari lagi (2026-12): hanya uji berkala yang " ..
  "punya standar Jawa Tengah terbaca (Dishub Kota Semarang 2025: 120 menit, dipakai untuk uji berkala); " ..
  "laman PPID Kota Semarang untuk uji pertama, numpang/mutasi uji, trayek, insidentil dan parkir tidak " ..
  "ditemukan."
TRIED.requirements = TRIED.requirements .. " Dicari lagi 2026-12: SIPPN Kab. Cilacap hanya memuat " ..
  "uji pertama (8018123; dipakai untuk persyaratan uji pertama), Perbup Cilacap 2/2019 tentang juklak " ..
  "pengujian berkala (scribd 465638363) dan rancangan Perda Banyumas 5/2012 tentang pengujian kendaraan " ..
  "(123dok) hanya terbaca bagian pembukaan; penggantian buku uji hilang/rusak lagi-lagi hanya SIPPN " ..
  "Dishub Kota Probolinggo (Jawa Timur); parkir lagi-lagi hanya Wonogiri (definisi), Kota Malang dan " ..
  "Perbup Tangerang 130/2015 - belum ada persyaratan Dinhub Jawa Tengah untuk layanan ini."
TRIED.minutes = TRIED.minutes .. " Dicari lagi 2026-12: SIPPN Kab. Cilacap uji pertama (8018123) " ..
  "terbaca sampai alur, bagian jangka waktu terpotong; angka menit yang muncul (Bontang, Halmahera " ..
  "Timur 45 menit) bukan Dishub Jawa Tengah."
TRIED.completion = TRIED.completion .. " Dicari lagi 2026-12: SIPPN Kab. Cilacap uji pertama " ..
  "(8018123) terpotong sebelum jangka waktu; Perbup Cilacap 2/2019 hanya pembukaan."
-- Dicari lagi 2026-12 (laman standar SIPPN, laman Dishub dan laman MPP/DPMPTSP kabupaten/kota Jawa
-- Tengah, satu per satu); ditambahkan ke teks "tried".
TRIED.minutes = TRIED.minutes .. " Dicari lagi 2026-12: laman standar Dinhubkominfo Kab. Tegal " ..
  "(dishub.tegalkab.go.id, numpang uji keluar) terbaca sampai persyaratan dan awal prosedur, jangka " ..
  "waktunya tidak terbaca; laman jenis izin DPMPTSP Kota Pekalongan (kartu pengawas trayek: 5 hari kerja, " ..
  "bukan layanan loket ini) dan MPP Kota Pekalongan (setoran retribusi parkir, layanan lain); SIPPN dengan " ..
  "judul layanan (numpang uji, mutasi uji, penggantian buku uji, andalalin) hanya memunculkan Dishub di luar " ..
  "Jawa Tengah (Bontang, Payakumbuh 15 menit, Badung, Halmahera Timur 45 menit, Probolinggo) yang tidak " ..
  "dipakai; belum ada waktu loket Dishub Jawa Tengah untuk layanan ini."
TRIED.completion = TRIED.completion .. " Dicari lagi 2026-12: standar numpang uji keluar Dinhubkominfo " ..
  "Kab. Tegal (dishub.tegalkab.go.id) tidak terbaca sampai jangka waktu; DPMPTSP Kota Pekalongan hanya memuat " ..
  "kartu pengawas trayek (5 hari kerja), bukan izin trayek, izin insidentil atau parkir; tidak ada jangka " ..
  "waktu Dishub Jawa Tengah untuk layanan ini."
TRIED.requirements = TRIED.requirements .. " Dicari lagi 2026-12: penggantian buku uji hilang/rusak, " ..
  "parkir, penggunaan jalan dan rambu dicari lagi di laman Dishub Kab. Tegal, DPMPTSP dan MPP Kota " ..
  "Pekalongan serta SIPPN; yang muncul hanya standar di luar Jawa Tengah (Probolinggo, Badung) dan setoran " ..
  "retribusi parkir juru parkir Kota Pekalongan (layanan lain)."
TRIED.product = TRIED.product .. " Dicari lagi 2026-12: standar izin insidentil DPMPTSP Kota Pekalongan " ..
  "tidak ditemukan (yang ada hanya kartu pengawas trayek)."
TRIED.procedure = TRIED.procedure .. " Dicari lagi 2026-12 di laman Dishub Kab. Tegal dan DPMPTSP Kota " ..
  "Pekalongan tanpa hasil untuk layanan ini."
TRIED.fee_note = TRIED.fee_note .. " Dicari lagi 2026-12: laman MPP Kota Pekalongan hanya memuat setoran " ..
  "retribusi parkir tepi jalan, bukan parkir di luar ruang milik jalan."
-- Dicari lagi 2026-12: ditambahkan ke teks "tried".
TRIED.requirements = TRIED.requirements .. " Dicari lagi 2026-12: Perkap 10/2012 Pasal 17 ayat (3) hanya " ..
  "mensyaratkan rekomendasi Dishub kabupaten untuk izin penggunaan jalan dari Polres, bukan syarat " ..
  "rekomendasi itu sendiri; standar parkir Kab. Wonogiri dan SOP pengujian Kota Pekalongan lagi-lagi " ..
  "hanya terbaca bagian awalnya."
TRIED.minutes = TRIED.minutes .. " Dicari lagi 2026-12: MPP Kab. Semarang (simaspulkam) dan MPP Kota " ..
  "Pekalongan tidak memuat layanan pengujian atau perizinan Dishub dengan menit; Pergub Jawa Tengah " ..
  "64/2006 (SOP Dishubkominfo provinsi) hanya pembukaan terbaca."
local TEGAL_NUMPANG = "http://dishub.tegalkab.go.id/pengujian-kendaraan-bermotor-numpang-uji-keluar (standar " ..
  "pelayanan pengujian kendaraan bermotor - numpang uji keluar, Dinas Perhubungan Kabupaten Tegal, Jawa " ..
  "Tengah, tahun tidak tercantum, dasar hukum terakhir Perda Kab. Tegal 2/2012, dibaca 2026-12)"
local CILACAP_UJI1 = "https://sippn.menpan.go.id/pelayanan-publik/8018123/pemerintah-kab-cilacap/" ..
  "pelayanan-pengujian-berkala-kendaraan-bermotor-untuk-pertama-kali (standar pelayanan Dinas " ..
  "Perhubungan Kabupaten Cilacap, Jawa Tengah, di SIPPN, dibaca 2026-12, tahun tidak tercantum pada kutipan)"
local SEMARANG_UJI = "https://ppid.semarangkota.go.id/pelayanan-pengujian-berkala-lanjutan-atau-perodik-" ..
  "kendaraan-bermotor-kota-semarang (standar pelayanan Dinas Perhubungan Kota Semarang, Jawa Tengah, " ..
  "diterbitkan 18-3-2025: waktu penyelesaian pengujian berkala 120 menit, dari pendaftaran sampai bukti " ..
  "lulus uji)"

-- Persyaratan numpang uji masuk dan mutasi uji hanya bersumber contoh Dishub Kota Bontang
-- (Kalimantan Timur); standar Dishub Jawa Tengah untuk ketiganya belum ditemukan (dicari 2026-12).
local BONTANG_ONLY = "Daftar ini hanya dari contoh persyaratan uji KIR Dishub Kota Bontang " ..
  "(inspirasa.co), yaitu kantor di Kalimantan Timur, bukan Dinhub Purbalingga atau Dishub lain di Jawa " ..
  "Tengah, maka belum mengonfirmasi. Dicari 2026-12: laman standar pengujian Dinhubkominfo Kab. Tegal " ..
  "(dishub.tegalkab.go.id: hanya numpang uji keluar), Keputusan Kepala Dinhubkominfo Kab. Tegal 050/0781 " ..
  "(docplayer, hanya pembukaan), SIPPN Dishub Jawa Tengah (hanya uji pertama Kab. Cilacap) dan SOP " ..
  "pengujian Dishub Kota Pekalongan (hanya ruang lingkup); belum ada persyaratan Dishub Jawa Tengah " ..
  "untuk layanan ini. Dicari lagi 2026-12: laman dishub.tegalkab.go.id untuk numpang uji masuk dan " ..
  "mutasi uji serta PM Perhubungan 19/2021 (pasal numpang/mutasi uji) tidak terbaca."

local agency = mpp.agency {
  id = "dishub",
  name = "Dinas Perhubungan Kabupaten Purbalingga",
  short = "Dishub",
  kind = "OPD",
  prefix = "U",
  counters = { 33 },
}

-- Semua jenis uji KIR berbagi dasar hukum, biaya dan kanal pengaduan;
-- yang berbeda adalah persyaratan, alur dan produknya.
local function kir(t)
  agency:service {
    id = t.id,
    name = t.name,
    requirements = t.requirements,
    procedure = t.procedure,
    minutes = t.minutes,
    completion = t.completion,
    fee = 0,
    fee_note = KIR_FREE,
    product = t.product,
    complaint_channel = COMPLAINT,
    legal_basis = KIR_BASIS,
    priority = true,
    source = t.source or KIR_SRC,
    unconfirmed = t.unconfirmed,
  }
end

------------------------------------------------------------------------------
-- Pengujian berkala kendaraan bermotor (uji KIR)
------------------------------------------------------------------------------

kir {
  id = "uji-berkala",
  name = "Pendaftaran Uji Berkala Kendaraan Bermotor (perpanjangan KIR)",
  requirements = {
    "Kartu BLUe (bukti lulus uji elektronik) atau buku uji lama",
    "STNK asli yang masih berlaku",
    "KTP-el pemilik, atau surat kuasa bila diwakilkan",
    "Izin penyelenggaraan angkutan/kartu pengawasan bagi kendaraan angkutan umum",
    "Surat keterangan tera bagi kendaraan tangki",
  },
  procedure = {
    "Ambil nomor antrean dan serahkan berkas untuk pendaftaran",
    "Petugas memeriksa data kendaraan dan riwayat uji, lalu menerbitkan tanda pendaftaran uji",
    "Kendaraan dibawa ke UPUBKB Dinhub untuk pemeriksaan teknis dan laik jalan",
    "Kendaraan yang lulus mendapat kartu BLUe dan stiker/penanda lulus uji berlaku 6 bulan",
  },
  minutes = 10,
  -- Sebelumnya { at_counter = true } tanpa sumber. Standar Dishub Kota Semarang (2025): pengujian
  -- berkala selesai 120 menit termasuk pemeriksaan kendaraan; waktu loket pendaftaran sendiri
  -- tidak disebut, maka `minutes` tetap belum terkonfirmasi.
  completion = { hours = 2, note = "termasuk pemeriksaan teknis kendaraan di UPUBKB; kartu BLUe " ..
    "diserahkan hari itu bila kendaraan lulus uji" },
  product = "Bukti lulus uji elektronik (kartu BLUe) dan penanda lulus uji",
  source = { KIR_SRC, completion = SEMARANG_UJI },
  unconfirmed = { minutes = TRIED.minutes },
}

kir {
  id = "uji-pertama",
  name = "Pendaftaran Uji Pertama Kendaraan Bermotor Baru",
  -- Persyaratan dilengkapi 2026-12 menurut standar uji pertama Dinas Perhubungan Kab. Cilacap (SIPPN).
  requirements = {
    "Fotokopi identitas pemilik kendaraan (KTP-el atau akta badan usaha); dokumen asli ditunjukkan saat mendaftar",
    "Fotokopi STNK",
    "Fotokopi Sertifikat Registrasi Uji Tipe (SRUT) dan/atau pengesahan rancang bangun",
    "Fotokopi Surat Keterangan Perubahan Bentuk (SKPB) dari karoseri, bila bentuk kendaraan diubah",
    "Fotokopi surat keterangan tera tangki bagi mobil tangki, atau tera argometer bagi taksi (asli ditunjukkan)",
  },
  procedure = {
    "Ambil nomor antrean dan serahkan berkas",
    "Petugas mendaftarkan kendaraan pada sistem pengujian",
    "Kendaraan diuji di UPUBKB Dinhub",
    "Kendaraan yang lulus mendapat kartu BLUe",
  },
  minutes = 15,
  completion = { at_counter = true },
  product = "Bukti lulus uji elektronik (kartu BLUe) pertama",
  source = { KIR_SRC, requirements = CILACAP_UJI1 },
  unconfirmed = { minutes = TRIED.minutes, completion = TRIED.completion },
}

kir {
  id = "numpang-uji-keluar",
  name = "Numpang Uji Keluar Daerah",
  -- Persyaratan diubah 2026-12 mengikuti standar numpang uji keluar Dinas Perhubungan Kab. Tegal
  -- (sebelumnya contoh Dishub Bontang, di luar Jawa Tengah); buku uji kini berupa kartu BLUe
  -- (Kepdirjen KP-DRJD 3291/2021).
  requirements = {
    "Buku uji/kartu BLUe asli yang masih dapat disahkan, beserta salinannya",
    "Kendaraan sudah beroperasi terus-menerus 3 bulan di daerah yang bersangkutan",
    "BPKB asli dan fotokopi",
    "STNK asli dan fotokopi",
    "KTP pemilik kendaraan asli dan fotokopi; surat kuasa pemilik bila dikuasakan",
  },
  procedure = {
    "Ambil nomor antrean dan serahkan berkas",
    "Petugas memeriksa riwayat uji dan menerbitkan surat keterangan numpang uji",
    "Pemilik membawa surat ke unit pengujian daerah tujuan",
  },
  minutes = 15,
  completion = { at_counter = true },
  product = "Surat keterangan numpang uji keluar",
  source = { KIR_SRC, requirements = TEGAL_NUMPANG },
  unconfirmed = { minutes = TRIED.minutes, completion = TRIED.completion },
}

kir {
  id = "numpang-uji-masuk",
  name = "Numpang Uji Masuk dari Daerah Lain",
  requirements = {
    "Surat keterangan numpang uji dari unit pengujian daerah asal kendaraan",
    "Kartu BLUe/buku uji asli",
    "STNK asli dan KTP-el pemilik",
  },
  procedure = {
    "Ambil nomor antrean dan serahkan berkas",
    "Petugas memverifikasi surat numpang uji dari daerah asal",
    "Kendaraan diuji di UPUBKB Dinhub; hasil uji dilaporkan ke daerah asal",
  },
  minutes = 15,
  completion = { at_counter = true },
  product = "Bukti lulus uji elektronik (kartu BLUe)",
  source = KIR_SRC .. " ; https://inspirasa.co/ingin-uji-kir-di-bontang-ini-persyaratannya",
  unconfirmed = {
    minutes = TRIED.minutes,
    completion = TRIED.completion,
    requirements = BONTANG_ONLY,
  },
}

kir {
  id = "mutasi-uji-keluar",
  name = "Mutasi Uji Keluar Daerah",
  requirements = {
    "Surat permohonan mutasi uji",
    "Kartu BLUe/buku uji asli",
    "STNK dan BPKB (atau fotokopi yang dilegalisasi)",
    "KTP-el pemilik",
  },
  procedure = {
    "Ambil nomor antrean dan serahkan berkas",
    "Petugas memeriksa riwayat dan tunggakan uji",
    "Dinhub menerbitkan surat mutasi uji dan berkas kendaraan untuk daerah tujuan",
  },
  minutes = 15,
  completion = { days = 1 },
  product = "Surat mutasi uji keluar beserta berkas riwayat uji",
  source = KIR_SRC .. " ; https://inspirasa.co/ingin-uji-kir-di-bontang-ini-persyaratannya",
  unconfirmed = {
    minutes = TRIED.minutes,
    completion = TRIED.completion,
    requirements = BONTANG_ONLY,
  },
}

kir {
  id = "mutasi-uji-masuk",
  name = "Mutasi Uji Masuk ke Kabupaten Purbalingga",
  requirements = {
    "Surat mutasi uji dan berkas riwayat uji dari daerah asal",
    "STNK dan BPKB (atau fotokopi yang dilegalisasi)",
    "KTP-el pemilik",
  },
  procedure = {
    "Ambil nomor antrean dan serahkan berkas",
    "Petugas memverifikasi berkas mutasi dan mendaftarkan kendaraan",
    "Kendaraan diuji di UPUBKB Dinhub dan mendapat kartu BLUe Purbalingga",
  },
  minutes = 15,
  completion = { at_counter = true },
  product = "Bukti lulus uji elektronik (kartu BLUe) Kabupaten Purbalingga",
  source = KIR_SRC .. " ; https://inspirasa.co/ingin-uji-kir-di-bontang-ini-persyaratannya",
  unconfirmed = {
    minutes = TRIED.minutes,
    completion = TRIED.completion,
    requirements = BONTANG_ONLY,
  },
}

kir {
  id = "kartu-uji-pengganti",
  name = "Penggantian Kartu BLUe/Buku Uji Hilang atau Rusak",
  requirements = {
    "Surat keterangan kehilangan dari kepolisian (jika hilang) atau kartu yang rusak",
    "STNK asli dan KTP-el pemilik",
  },
  procedure = {
    "Ambil nomor antrean dan serahkan berkas",
    "Petugas memeriksa data uji terakhir pada sistem",
    "Kartu BLUe pengganti dicetak dan diserahkan",
  },
  minutes = 15,
  completion = { days = 1 },
  product = "Kartu BLUe pengganti",
  unconfirmed = {
    requirements = TRIED.requirements,
    minutes = TRIED.minutes,
    completion = TRIED.completion,
  },
}

------------------------------------------------------------------------------
-- Angkutan umum
------------------------------------------------------------------------------

agency:service {
  id = "izin-trayek",
  name = "Perizinan Angkutan Orang dalam Trayek (Angkutan Perdesaan/Perkotaan dalam Kabupaten)",
  -- Persyaratan (2026-12) mengikuti PM Perhubungan 15/2019 Pasal 66 (bentuk badan hukum) dan Pasal 67
  -- (persyaratan izin penyelenggaraan), dibaca lewat ringkasan pasal di fadliyudaprihadi.com.
  requirements = {
    "Perusahaan angkutan umum berbadan hukum Indonesia: BUMN, BUMD, perseroan terbatas atau koperasi",
    "Memiliki paling sedikit 5 kendaraan",
    "Memiliki atau menguasai tempat penyimpanan kendaraan yang dapat menampung seluruh kendaraannya",
    "Menyediakan fasilitas pemeliharaan kendaraan, dibuktikan dengan dokumen kepemilikan atau " ..
      "perjanjian kerja sama dengan pihak lain",
    "Jumlah kendaraan sesuai hasil evaluasi dan penetapan kebutuhan kendaraan angkutan dalam trayek",
  },
  procedure = {
    "Ambil nomor antrean; petugas membantu pengajuan perizinan berusaha melalui OSS",
    "Dinhub memverifikasi kebutuhan trayek, kendaraan dan persyaratan teknis",
    "Perizinan diterbitkan melalui OSS beserta kartu pengawasan tiap kendaraan",
  },
  minutes = 20,
  completion = { days = 14 },
  fee = 0,
  fee_note = "Tidak dipungut retribusi; izin trayek bukan objek retribusi perizinan tertentu " ..
    "menurut UU 1/2022",
  product = "Perizinan penyelenggaraan angkutan orang dalam trayek dan kartu pengawasan",
  complaint_channel = COMPLAINT,
  legal_basis = ANGKUTAN_BASIS .. "; PP 5/2021 tentang Perizinan Berusaha Berbasis Risiko",
  priority = true,
  source = {
    "PM Perhubungan 15/2019; PP 5/2021 (OSS-RBA)",
    requirements = "PM Perhubungan 15/2019 Pasal 66 dan Pasal 67, ringkasan pasal di " ..
      "https://fadliyudaprihadi.com/llaj/2025/02/05/%ef%bb%bfperaturan-menteri-perhubungan-nomor-pm-15-tahun-2019-ketentuan-perizinan-angkutan-orang-dalam-trayek-pasal-65-75",
  },
  unconfirmed = {
    minutes = TRIED.minutes,
    completion = TRIED.completion,
  },
}

agency:service {
  id = "izin-insidentil",
  name = "Izin Insidentil Angkutan Umum",
  -- Persyaratan menurut standar pelayanan Izin Insidentil Angkutan Umum
  -- Kota Tegal (2017); buku uji kini diganti kartu BLUe (Kepdirjen
  -- KP-DRJD 3291/2021).
  requirements = {
    "Surat permohonan izin insidentil angkutan umum",
    "Fotokopi KTP yang masih berlaku",
    "Fotokopi STNK kendaraan",
    "Fotokopi bukti lulus uji berkala (buku uji/kartu BLUe) yang masih berlaku",
    "Fotokopi izin trayek",
    "Fotokopi kartu pengawasan kendaraan",
    "Fotokopi bukti lunas iuran Jasa Raharja",
  },
  procedure = {
    "Ambil nomor antrean dan serahkan berkas",
    "Petugas memeriksa izin dan kelaikan kendaraan",
    "Kepala Dinhub menerbitkan izin insidentil untuk satu kali perjalanan pergi-pulang",
  },
  minutes = 20,
  completion = { days = 1 },
  fee = 0,
  fee_note = "Tidak dipungut biaya",
  product = "Izin insidentil (berlaku untuk satu kali perjalanan, paling lama 14 hari)",
  complaint_channel = COMPLAINT,
  legal_basis = ANGKUTAN_BASIS,
  priority = true,
  source = {
    "PM Perhubungan 15/2019 (ketentuan izin insidentil)",
    requirements = "https://id.scribd.com/document/449732183/Izin-INSIDENTIL-2017 (standar " ..
      "pelayanan Izin Insidentil Angkutan Umum Kota Tegal 2017, layanan perizinan SIMOSS, " ..
      "dasar Perda Kota Tegal 3/2012 dan Perwal Tegal 23/2012)",
  },
  unconfirmed = {
    minutes = TRIED.minutes,
    completion = TRIED.completion,
    product = TRIED.product,
  },
}

------------------------------------------------------------------------------
-- Lalu lintas
------------------------------------------------------------------------------

agency:service {
  id = "andalalin",
  name = "Persetujuan Hasil Analisis Dampak Lalu Lintas (Andalalin) di Jalan Kabupaten",
  requirements = {
    "Surat permohonan pengembang/pembangun",
    "NIB dan KKPR lokasi pembangunan",
    "Dokumen andalalin yang disusun tenaga ahli bersertifikat (bangkitan sedang/tinggi), " ..
      "atau pemenuhan standar teknis (bangkitan rendah)",
    "Rencana tapak (site plan) dan gambar akses keluar-masuk",
    "Surat pernyataan kesanggupan melaksanakan rekomendasi andalalin",
  },
  procedure = {
    "Ambil nomor antrean dan serahkan dokumen (dapat juga melalui OSS bersama persetujuan lingkungan)",
    "Tim evaluasi Dinhub menilai dokumen dan melakukan peninjauan lapangan",
    "Pengembang memperbaiki dokumen bila diminta dan menandatangani surat kesanggupan",
    "Persetujuan andalalin diterbitkan dan menjadi syarat PBG",
  },
  minutes = 20,
  completion = { days = 30 },
  fee = 0,
  fee_note = "Tidak dipungut biaya penilaian; biaya penyusunan dokumen oleh konsultan ditanggung pengembang",
  product = "Persetujuan hasil analisis dampak lalu lintas",
  complaint_channel = COMPLAINT,
  legal_basis = "UU 22/2009 (Pasal 99-101); PP 30/2021 tentang Penyelenggaraan Bidang Lalu " ..
    "Lintas dan Angkutan Jalan; PM Perhubungan 17/2021 tentang Penyelenggaraan Analisis " ..
    "Dampak Lalu Lintas",
  priority = true,
  source = "https://id.scribd.com/document/557906506/1-Materi-Sosialisasi-Andalalin (Ditjen Hubdat, PM 17/2021)",
  unconfirmed = { minutes = TRIED.minutes, completion = TRIED.completion },
}

agency:service {
  id = "parkir",
  name = "Izin Penyelenggaraan Tempat Parkir di Luar Ruang Milik Jalan",
  requirements = {
    "Surat permohonan",
    "NIB dan KTP-el penanggung jawab",
    "Bukti hak atau penguasaan lahan parkir",
    "Denah tata letak parkir, kapasitas dan akses keluar-masuk",
    "Persetujuan andalalin bila disyaratkan",
  },
  procedure = {
    "Ambil nomor antrean dan serahkan berkas",
    "Petugas Dinhub meninjau lokasi dan menilai tata letak parkir",
    "Izin/rekomendasi penyelenggaraan parkir diterbitkan",
  },
  minutes = 20,
  completion = { days = 14 },
  fee = 0,
  fee_note = "Tidak dipungut biaya penerbitan; pajak parkir dibayar ke Bapenda sesuai Perda PDRD",
  product = "Izin penyelenggaraan tempat parkir",
  complaint_channel = COMPLAINT,
  legal_basis = "UU 22/2009 (Pasal 43); PP 79/2013 tentang Jaringan Lalu Lintas dan Angkutan " ..
    "Jalan; UU 1/2022 (pajak parkir sebagai PBJT)",
  priority = true,
  source = "UU 22/2009 Pasal 43; PP 79/2013",
  unconfirmed = {
    requirements = TRIED.requirements,
    procedure = TRIED.procedure,
    minutes = TRIED.minutes,
    completion = TRIED.completion,
    fee_note = TRIED.fee_note,
  },
}

agency:service {
  id = "rekomendasi-penggunaan-jalan",
  name = "Rekomendasi Penggunaan Jalan untuk Kegiatan di Luar Fungsi Lalu Lintas",
  requirements = {
    "Surat permohonan penyelenggara kegiatan (hajatan, keramaian, olahraga, keagamaan)",
    "KTP-el penanggung jawab",
    "Waktu, ruas jalan dan bentuk kegiatan",
    "Rencana pengalihan arus lalu lintas dan rambu sementara",
  },
  procedure = {
    "Ambil nomor antrean dan serahkan berkas paling lambat beberapa hari sebelum kegiatan",
    "Petugas Dinhub menilai ruas jalan dan jalur alternatif",
    "Rekomendasi diterbitkan untuk izin keramaian/penggunaan jalan dari Polres",
  },
  minutes = 15,
  completion = { days = 3 },
  fee = 0,
  fee_note = "Tidak dipungut biaya",
  product = "Surat rekomendasi penggunaan jalan",
  complaint_channel = COMPLAINT,
  legal_basis = "UU 22/2009 (Pasal 127-128); Perkap 10/2012 tentang Pengaturan Lalu Lintas " ..
    "dalam Keadaan Tertentu dan Penggunaan Jalan Selain untuk Kegiatan Lalu Lintas",
  priority = true,
  source = "UU 22/2009 Pasal 127-128",
  unconfirmed = {
    requirements = TRIED.requirements,
    procedure = TRIED.procedure,
    minutes = TRIED.minutes,
    completion = TRIED.completion,
  },
}

agency:service {
  id = "usulan-perlengkapan-jalan",
  name = "Permohonan Pemasangan Rambu, Marka, APILL atau Cermin Tikungan di Jalan Kabupaten",
  requirements = {
    "Surat permohonan dari warga, pemerintah desa atau lembaga",
    "Lokasi (ruas jalan/desa) dan alasan kebutuhan, sebaiknya dengan foto",
  },
  procedure = {
    "Ambil nomor antrean dan sampaikan usulan",
    "Petugas Dinhub melakukan survei lokasi dan kajian kebutuhan",
    "Usulan yang memenuhi kriteria dimasukkan dalam program pemasangan perlengkapan jalan",
  },
  minutes = 10,
  completion = { days = 30 },
  fee = 0,
  fee_note = "Tidak dipungut biaya",
  product = "Tanda terima usulan dan jawaban hasil survei",
  complaint_channel = COMPLAINT,
  legal_basis = "UU 22/2009 (Pasal 25); PM Perhubungan 13/2014 tentang Rambu Lalu Lintas; " ..
    "PM Perhubungan 67/2018 tentang Marka Jalan",
  priority = true,
  source = "UU 22/2009 Pasal 25 (kewajiban perlengkapan jalan)",
  unconfirmed = {
    requirements = TRIED.requirements,
    procedure = TRIED.procedure,
    minutes = TRIED.minutes,
    completion = TRIED.completion,
    product = TRIED.product,
  },
}

-- Kelompok prioritas didahulukan; satu nomor reguler setelah tiga
-- panggilan prioritas berturut-turut.
agency:route { priority_first = true, regular_after_priority = 3 }
