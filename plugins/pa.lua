-- Pengadilan Agama Purbalingga (Kelas IA): di loket MPP melayani
-- pendaftaran perkara tingkat pertama bagi warga beragama Islam (perceraian,
-- dispensasi kawin, isbat nikah, waris, perwalian, asal usul anak, wali
-- adhal, izin poligami, ekonomi syariah), pendampingan e-Court, Posbakum dan
-- prodeo, pengambilan produk pengadilan (akta cerai, salinan putusan,
-- duplikat akta cerai), pendaftaran upaya hukum dan informasi perkara.
-- Persidangan tetap di gedung PA; loket MPP adalah perpanjangan meja PTSP.
--
-- Sumber (diperiksa 2026-11):
--   * PP 5/2019 tentang Jenis dan Tarif atas Jenis PNBP pada Mahkamah Agung
--     dan Badan Peradilan di Bawahnya, sebagaimana dirinci di
--     pa-sumbawabesar.go.id/v2/layanan-publik/layanan-informasi/biaya-informasi,
--     pa-palembang.go.id/hak-hak-kepaniteraan-pnbp/ dan
--     ptun-banjarmasin.go.id (tarif PNBP): pendaftaran gugatan/permohonan
--     Rp30.000, banding Rp50.000, kasasi Rp50.000, PK Rp200.000, akta cerai
--     Rp10.000, leges putusan Rp10.000, salinan putusan Rp500 per lembar;
--   * persyaratan per jenis perkara: pa-salatiga.go.id/persyaratan-berperkara/,
--     pa-banyumas.go.id (prosedur berperkara, akta cerai dan duplikat),
--     mpp.tangerangselatankota.go.id/instansi/detail/15 (gerai PA di MPP),
--     pa-panyabungan.go.id (pengambilan akta cerai), pa-pulangpisau.go.id;
--   * PERMA 5/2019 Pasal 5 (dokumen dispensasi kawin), PERMA 1/2014 (layanan
--     hukum bagi masyarakat tidak mampu), PERMA 1/2016 (mediasi), PERMA
--     7/2022 (administrasi perkara elektronik), SK KMA 026/KMA/SK/II/2012
--     (standar pelayanan peradilan), SK Dirjen Badilag
--     1403.b/DJA/SK/OT.01.3/8/2018 (pedoman PTSP peradilan agama);
--   * waktu layanan pendaftaran 45 menit: standar pelayanan PTSP PA Negara di
--     SIPPN (sippn.menpan.go.id/pelayanan-publik/8107526).
--
-- Ditambahkan 2026-12. PA adalah instansi vertikal; standar
-- terbit PA mana pun di Indonesia untuk layanan nasional yang sama dipakai,
-- dengan nama kantor dan provinsinya di `source`:
--   * waktu loket 45 menit dan jangka waktu pendaftaran (perkara teregistrasi,
--     nomor perkara diberikan di loket) untuk 13 layanan pendaftaran
--     gugatan/permohonan: standar "Pendaftaran Perkara" PA Negara, Kalimantan
--     Selatan, di SIPPN (tahun tidak tertera, masa protokol Covid-19);
--   * persyaratan isbat nikah: PA Gresik (Jawa Timur, dikutip tirto.id) dan
--     SIPPN PTA Gorontalo (isbat nikah terpadu); wali adhal: SIPPN PTA Medan
--     (8111346); penetapan ahli waris dan gugatan waris: SIPPN PTA Banten
--     (8094335); gugatan (sederhana) ekonomi syariah: laman layanan PA
--     Pangkalpinang (Kepulauan Bangka Belitung, sites.google.com, dibaca 2026-12).
--
-- Belum terkonfirmasi: besaran panjar biaya perkara PA Purbalingga (SK Ketua
-- PA Purbalingga tentang panjar dan radius tidak ditemukan dalam sumber
-- terbuka; `fee` hanya memuat PNBP pendaftaran dan `fee_note` menjelaskan
-- komponen lain); waktu layanan di loket dan jangka waktu e-Court dan duplikat
-- akta cerai (informasi perkara hanya waktu loketnya; akta cerai, salinan putusan,
-- upaya hukum dan Posbakum bersumber sejak 2026-12, lihat PRODUK_SRC, BANDING_SRC
-- dan POSBAKUM_SRC); persyaratan perwalian,
-- asal usul anak, hak asuh dan harta bersama (hanya dari
-- artikel atau PA lain tanpa standar terbit) ditandai per layanan. Dicari lagi 2026-12: standar pelayanan PA Jawa Tengah
-- yang ditemukan (Kebumen, Purwokerto 2016, Semarang 2020, Pati 2017, Batang)
-- hanya terbaca bagian pembukanya, tanpa waktu loket atau jangka waktu per
-- layanan; angka menit yang ada (SIPPN PA Negara 45 menit, SOP PA Lubuk
-- Pakam 5 menit per meja) dari PA di luar Jawa Tengah. Dicari lagi (2026-12)
-- untuk jangka waktu cerai gugat dan isbat nikah serta persyaratan isbat nikah
-- juga tanpa hasil dari PA Jawa Tengah. Dicari lagi
-- (2026-12, persyaratan saja): laman persyaratan PA Demak, Semarang,
-- Banyumas dan Salatiga hanya terbaca bagian awalnya; persyaratan perkara
-- yang ditandai tetap belum bersumber dari PA Jawa Tengah.

local BASIS = "UU 7/1989 tentang Peradilan Agama jo. UU 3/2006 dan UU 50/2009; " ..
  "UU 48/2009 tentang Kekuasaan Kehakiman; SK KMA 026/KMA/SK/II/2012 tentang " ..
  "Standar Pelayanan Peradilan"
local MARRIAGE = "UU 1/1974 tentang Perkawinan jo. UU 16/2019; PP 9/1975; " ..
  "Kompilasi Hukum Islam (Inpres 1/1991)"
local PNBP = "PP 5/2019 tentang Jenis dan Tarif atas Jenis PNBP pada Mahkamah " ..
  "Agung dan Badan Peradilan di Bawahnya"
local PANJAR = "PNBP pendaftaran Rp30.000 (PP 5/2019) sudah termasuk dalam panjar " ..
  "biaya perkara yang ditaksir petugas pada SKUM: biaya proses, panggilan " ..
  "para pihak menurut radius (SK Ketua PA Purbalingga), redaksi Rp10.000 dan " ..
  "meterai. Sisa panjar dikembalikan. Warga tidak mampu dapat berperkara " ..
  "secara prodeo (PERMA 1/2014)"
local COMPLAINT = "SIWAS Mahkamah Agung (siwas.mahkamahagung.go.id); meja " ..
  "pengaduan PTSP Pengadilan Agama Purbalingga; SP4N-LAPOR! (www.lapor.go.id)"
local PNBP_SRC = "https://pa-sumbawabesar.go.id/v2/layanan-publik/layanan-informasi/biaya-informasi (PP 5/2019)"
local SALATIGA = "https://pa-salatiga.go.id/persyaratan-berperkara/"
local BANYUMAS = "http://pa-banyumas.go.id/index.php/prosedure/42-info-pengadilan/prosedur-berperkara"
local SIPPN = "https://sippn.menpan.go.id/pelayanan-publik/8107526/pengadilan-tinggi-agama-banjarmasin/pendaftaran-perkara"
-- Waktu di loket dan jangka waktu pendaftaran perkara (ditambahkan
-- 2026-12): Pengadilan Agama adalah instansi vertikal dengan standar PTSP yang sama di
-- seluruh Indonesia (SK KMA 026/KMA/SK/II/2012; SK Dirjen Badilag 1403.b/2018), sehingga
-- standar terbit PA lain untuk layanan yang sama dipakai. Standar pelayanan "Pendaftaran
-- Perkara" PA Negara (Kalimantan Selatan, di bawah PTA Banjarmasin) di SIPPN menetapkan
-- 45 menit dengan produk perkara yang telah teregistrasi (nomor perkara diberikan di meja
-- pendaftaran). Tahun tidak tertera pada laman; isinya memuat protokol Covid-19 dan
-- pembayaran EDC/e-Court (masa 2020-2022). Standar PA Purbalingga sendiri tidak ditemukan.
local FILING_TIME = SIPPN .. " (standar pelayanan Pendaftaran Perkara PA Negara, Kalimantan " ..
  "Selatan, di SIPPN, tahun tidak tertera, memuat protokol Covid-19: jangka waktu 45 menit, " ..
  "produk perkara yang telah teregistrasi, layanan nasional yang sama di PTSP peradilan agama)"
local FILED_NOTE = "pendaftaran selesai di loket paling lama 45 menit dengan nomor perkara; " ..
  "putusan/penetapan menyusul setelah persidangan"
-- Sumber umum ditambah sumber waktu loket dan jangka waktu pendaftaran perkara.
local function filed(general, extra)
  local t = { general, minutes = FILING_TIME, completion = FILING_TIME }
  for k, v in pairs(extra or {}) do t[k] = v end
  return t
end

-- Ditambahkan 2026-12 (standar terbit pengadilan agama lain untuk layanan nasional yang sama,
-- karena standar PA Purbalingga tidak ditemukan):
-- * penyerahan produk pengadilan (akta cerai, salinan putusan/penetapan): standar "Layanan
--   Penyerahan Produk Pengadilan" PA Bangko (Jambi, di bawah PTA Jambi) di SIPPN, tahun tidak
--   tertera: permohonan 1, pemeriksaan ketersediaan di SIPP 2, pembayaran PNBP 5, penyerahan
--   bukti bayar 1, penerimaan produk 1 menit = 10 menit; produk diterima saat itu juga;
-- * pendaftaran banding: standar "Layanan Penerimaan Perkara Banding" di SIPPN PTA Banjarmasin
--   (Kalimantan Selatan), tahun tidak tertera: 15 menit sampai 1 jam (dipakai batas atasnya),
--   produk permohonan banding tercatat dan terdaftar, akta pernyataan banding diserahkan;
-- * Posbakum: SOP Pos Bantuan Hukum PA Luwuk (Sulawesi Tengah), tahun tidak tertera: blanko
--   2, penerimaan permohonan 5, pembuatan surat gugatan/permohonan 45, penyerahan kepada
--   pemohon 5 menit = 57 menit; surat gugatan diserahkan untuk didaftarkan di meja pertama.
local PRODUK_SRC = "https://sippn.menpan.go.id/pelayanan-publik/8113043/pengadilan-tinggi-agama-jambi/layanan-penyerahan-produk-pengadilan " ..
  "(standar Layanan Penyerahan Produk Pengadilan PA Bangko, Jambi, di SIPPN, tahun tidak tertera: " ..
  "1+2+5+1+1 = 10 menit sampai akta cerai atau salinan putusan/penetapan diterima pemohon)"
local BANDING_SRC = "https://sippn.menpan.go.id/pelayanan-publik/8109478/pengadilan-tinggi-agama-banjarmasin/layanan-penerimaan-perkara-banding " ..
  "(standar Layanan Penerimaan Perkara Banding di SIPPN PTA Banjarmasin, Kalimantan Selatan, tahun " ..
  "tidak tertera: 15 menit sampai 1 jam, produk permohonan banding tercatat dan terdaftar, akta " ..
  "pernyataan banding diserahkan kepada pembanding)"
local POSBAKUM_SRC = "http://www.pa-luwuk.net/hal-prosedur-pos-bantuan-hukm.html (SOP Pos Bantuan " ..
  "Hukum PA Luwuk, Sulawesi Tengah, tahun tidak tertera: 2+5+45+5 = 57 menit sampai surat " ..
  "gugatan/permohonan diserahkan kepada pemohon untuk didaftarkan)"

-- Alur pendaftaran perkara tingkat pertama yang sama bagi semua gugatan dan
-- permohonan (SK Dirjen Badilag 1403.b/2018; SIPPN PA Negara).
local function filing(extra)
  local steps = {
    "Ambil nomor antrean; petugas memeriksa kelengkapan surat gugatan/permohonan dan persyaratan",
    "Petugas menaksir panjar biaya perkara dan menerbitkan SKUM",
    "Bayar panjar biaya perkara melalui bank atau kanal pembayaran e-Court",
    "Perkara didaftarkan di SIPP; pihak menerima nomor perkara dan satu rangkap gugatan/permohonan",
    "Tunggu panggilan sidang dari jurusita (domisili elektronik atau relaas ke alamat)",
  }
  if extra then steps[#steps + 1] = extra end
  return steps
end

-- What was looked up for each fact the services below leave unconfirmed
-- (`mppctl facts pa` lists them per service).
local TRIED = {
  requirements = "Persyaratan hanya dari PA lain (Salatiga, Banyumas, Tigaraksa); PA Purbalingga tidak " ..
    "menerbitkannya dalam sumber terbuka (diperiksa 2026-11); dicari 2026-12: laman persyaratan " ..
    "PA Salatiga (pa-salatiga.go.id/persyaratan-berperkara) terbaca hanya sampai izin poligami, " ..
    "perkara ini tidak terbaca; sumber lain (PA Pontianak, MS Sabang, PA Kolaka) di luar Jawa Tengah. " ..
    "Dicari lagi (2026-12): laman persyaratan PA Demak (pa-demak.go.id/id/kepaniteraan/" ..
    "syarat-pendaftaran-perkara), PA Semarang (pa-semarang.go.id/index.php/syarat-berperkara), PA " ..
    "Banyumas dan PA Salatiga hanya terbaca bagian awalnya (perceraian, poligami, dispensasi, akta " ..
    "cerai), perkara ini tidak; SIPPN PTA Semarang dan laman pa-purbalingga.go.id tentang persyaratan " ..
    "tidak ditemukan; SIPPN PTA Banten (pengajuan waris) dan PTA Gorontalo/Palu (isbat nikah " ..
    "terpadu) serta SIPPN PTA Medan (wali adhol, 8111346) di luar Jawa Tengah; PP 29/2019 hanya " ..
    "memuat syarat calon wali dan rekomendasi dinas sosial, bukan daftar dokumen permohonan. " ..
    "Dicari lagi (2026-12, standar PA mana pun di Indonesia karena layanan ini " ..
    "nasional): SIPPN PA/PTA untuk perwalian, asal usul anak, hak asuh, harta bersama dan " ..
    "ekonomi syariah tidak ditemukan; yang terbaca hanya artikel hukum, skripsi dan berita " ..
    "(legalkeluarga.id, PA Batulicin, PA Kota Madiun, PA Kabupaten Malang) tanpa daftar " ..
    "persyaratan resmi. (SIPPN PTA Medan 8111346 dan PTA Banten 8094335 kini dipakai untuk " ..
    "wali adhal dan waris.) Dicari lagi 2026-12 (khusus persyaratan): laman syarat berperkara " ..
    "PA Kajen (pa-kajen.go.id, Kabupaten Pekalongan) dan PA Salatiga terbaca hanya sampai " ..
    "perceraian, dispensasi dan poligami; standar pelayanan Badan Peradilan Agama di laman PA " ..
    "Unaaha (SK KMA 026/KMA/SK/II/2012) tanpa daftar dokumen per perkara; untuk perwalian, asal usul " ..
    "anak, hak asuh dan harta bersama hanya blog/artikel (legalkeluarga.id, an-nur.ac.id, " ..
    "lintasqr.info), syarat hak asuh PN Kediri (pengadilan negeri, dikutip tempo.co) dan PP 29/2019 " ..
    "(syarat wali, bukan dokumen permohonan) - tidak dipakai. Laman layanan PA Pangkalpinang " ..
    "(sites.google.com) kini dipakai untuk ekonomi syariah; laman serupa untuk perkara ini tidak ditemukan. " ..
    "Dicari lagi 2026-12: laman persyaratan perwalian, asal usul anak dan harta bersama di situs " ..
    "PA mana pun: yang muncul hanya artikel hukum (legalkeluarga.id, lawyerpontianak.com, " ..
    "nobilebureau.com), berita (suara.com 2025) dan skripsi, bukan standar PA.",
  minutes = "Standar PA Purbalingga tidak ditemukan; standar PA Jawa Tengah (Kebumen, Purwokerto, " ..
    "Semarang, Pati, Batang) terbaca tanpa waktu loket, SK Dirjen Badilag 1403.b/2018 tidak " ..
    "terbaca (dicari 2026-12). Dicari lagi (2026-12, standar PA mana pun di Indonesia " ..
    "karena layanan ini nasional): 45 menit SIPPN PA Negara (8107526) hanya untuk pendaftaran " ..
    "perkara, bukan layanan ini; SIPPN PTA Semarang 'Pengambilan Produk Pengadilan (Akta Cerai)' " ..
    "(8171083) dan SIPPN PTA Jakarta 'Posbakum' (8060330) terbaca hanya sampai persyaratan dan " ..
    "prosedur, kolom jangka waktunya tidak terbaca; laman gerai PA di MPP Tangerang Selatan dan " ..
    "laman prosedur pengambilan produk PA Wonosobo, Slawi, Pangkajene dan Tembilahan tidak " ..
    "memuat waktu layanan. Dicari lagi 2026-12 (SIPPN dan laman PA mana pun): standar penyerahan " ..
    "produk PA Bangko (SIPPN PTA Jambi 8113043), penerimaan banding (SIPPN PTA Banjarmasin 8109478) " ..
    "dan SOP Posbakum PA Luwuk kini dipakai untuk akta cerai, salinan putusan, upaya hukum dan " ..
    "Posbakum; untuk layanan ini tidak ada angka menit (panduan e-Court PA Slawi, Nganjuk dan " ..
    "Klaten hanya memuat alur; tata cara informasi PA Sragen, Bangil dan Sibolga mengikuti SK KMA " ..
    "1-144/KMA/SK/I/2011 tanpa waktu loket; SIPPN PTA Samarinda 'Pelayanan Informasi' tanpa " ..
    "jangka waktu). " ..
    "Dicari lagi 2026-12: SIPPN PTA Samarinda (layanan pendaftaran perkara: nomor perkara kurang " ..
    "dari 1 menit setelah bayar lewat EDC) dan PTA Banjarmasin (pelayanan persidangan) - bukan " ..
    "layanan ini; panduan e-Court PA Nganjuk tanpa waktu.",
  completion = "Dicari lagi (2026-12): standar pendaftaran perkara PA Negara di SIPPN " ..
    "(45 menit, perkara teregistrasi) hanya berlaku untuk pendaftaran gugatan/permohonan, bukan " ..
    "layanan ini; SIPPN PTA Semarang (akta cerai, 8171083) dan PTA Jakarta (Posbakum, 8060330) " ..
    "terbaca tanpa kolom jangka waktu. Dicari 2026-12: standar PA Purbalingga tidak ditemukan; maklumat PA Batang " ..
    "(pa-batang.go.id/maklumat-pelayanan) menyebut berkas yang lunas diregistrasi Meja II dan " ..
    "diberi nomor perkara, tetapi kalimat jangka waktunya terpotong; standar PA Kebumen, " ..
    "Purwokerto dan Pati terbaca tanpa jangka waktu layanan ini; SIPPN PA Negara (8107526) di " ..
    "luar Jawa Tengah. Dicari lagi 2026-12: standar penyerahan produk PA Bangko (SIPPN PTA Jambi) " ..
    "hanya untuk produk yang sudah ada di SIPP, bukan penerbitan duplikat; panduan e-Court PA " ..
    "Slawi dan Klaten tanpa jangka waktu.",
  fee = "PNBP layanan ini menurut PP 5/2019 tidak terbaca untuk kasus ini (diperiksa 2026-11; " ..
    "dicari lagi 2026-12 tanpa hasil).",
}

local agency = mpp.agency {
  id = "pa",
  name = "Pengadilan Agama Purbalingga",
  short = "Pengadilan Agama",
  kind = "vertical",
  prefix = "M",
  counters = { 25 },
}

------------------------------------------------------------------------------
-- Perkawinan dan perceraian
------------------------------------------------------------------------------

agency:service {
  id = "cerai-gugat",
  name = "Pendaftaran Gugatan Cerai (Cerai Gugat)",
  requirements = {
    "Surat gugatan yang ditujukan kepada Ketua Pengadilan Agama Purbalingga (dapat disusun dengan bantuan Posbakum) beserta salinan elektroniknya",
    "Asli dan fotokopi Buku Nikah/Duplikat Kutipan Akta Nikah, fotokopi bermeterai Rp10.000 dan dinazegelen di kantor pos",
    "Fotokopi KTP Penggugat bermeterai Rp10.000 dan dinazegelen di kantor pos",
    "Surat izin atasan bagi ASN, anggota TNI atau Polri",
    "Surat keterangan ghaib dari kepala desa/lurah jika alamat Tergugat tidak diketahui",
  },
  procedure = filing("Hadir pada sidang; mediasi wajib jika Tergugat hadir (PERMA 1/2016)"),
  minutes = 45,
  completion = { at_counter = true, note = FILED_NOTE },
  fee = 30000,
  fee_note = PANJAR,
  product = "Nomor perkara terdaftar; setelah diputus: putusan dan akta cerai",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS .. "; " .. MARRIAGE .. " (Pasal 116 KHI); UU 7/1989 Pasal 73; " .. PNBP,
  priority = true,
  source = filed(SALATIGA .. "; http://mpp.tangerangselatankota.go.id/instansi/detail/15; " ..
    BANYUMAS .. "; " .. SIPPN .. "; " .. PNBP_SRC),
}

agency:service {
  id = "cerai-talak",
  name = "Pendaftaran Permohonan Cerai Talak",
  requirements = {
    "Surat permohonan cerai talak yang ditujukan kepada Ketua Pengadilan Agama Purbalingga beserta salinan elektroniknya",
    "Asli dan fotokopi Buku Nikah/Duplikat Kutipan Akta Nikah, fotokopi bermeterai Rp10.000 dan dinazegelen di kantor pos",
    "Fotokopi KTP Pemohon bermeterai Rp10.000 dan dinazegelen di kantor pos",
    "Surat izin atasan bagi ASN, anggota TNI atau Polri",
  },
  procedure = filing("Jika permohonan dikabulkan, Pemohon mengucapkan ikrar talak di depan sidang"),
  minutes = 45,
  completion = { at_counter = true, note = FILED_NOTE },
  fee = 30000,
  fee_note = PANJAR,
  product = "Nomor perkara terdaftar; setelah ikrar talak: penetapan dan akta cerai",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS .. "; " .. MARRIAGE .. "; UU 7/1989 Pasal 66; " .. PNBP,
  priority = true,
  source = filed(SALATIGA .. "; " .. BANYUMAS .. "; " .. SIPPN .. "; " .. PNBP_SRC),
}

agency:service {
  id = "dispensasi-kawin",
  name = "Permohonan Dispensasi Kawin",
  requirements = {
    "Surat permohonan dari orang tua/wali calon mempelai yang belum berusia 19 tahun",
    "Fotokopi KTP kedua orang tua/wali",
    "Fotokopi Kartu Keluarga",
    "Fotokopi KTP atau KIA dan/atau akta kelahiran anak",
    "Fotokopi KTP atau KIA dan/atau akta kelahiran calon suami/istri",
    "Fotokopi ijazah terakhir anak dan/atau surat keterangan masih sekolah",
    "Surat penolakan pernikahan dari KUA Kecamatan",
  },
  procedure = filing("Anak, calon pasangan dan orang tua kedua pihak wajib hadir; hakim tunggal memeriksa demi kepentingan terbaik anak"),
  minutes = 45,
  completion = { at_counter = true, note = FILED_NOTE },
  fee = 30000,
  fee_note = PANJAR,
  product = "Penetapan dispensasi kawin (untuk dibawa ke KUA)",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS .. "; UU 1/1974 jo. UU 16/2019 Pasal 7; PERMA 5/2019 tentang " ..
    "Pedoman Mengadili Permohonan Dispensasi Kawin; " .. PNBP,
  priority = true,
  source = filed("PERMA 5/2019 Pasal 5 ayat (1); " .. SALATIGA .. " (surat penolakan KUA); " .. SIPPN),
}

agency:service {
  id = "isbat-nikah",
  name = "Permohonan Isbat Nikah (Pengesahan Nikah)",
  requirements = {
    "Surat permohonan isbat nikah (tersendiri atau digabung dengan gugatan cerai)",
    "Surat keterangan dari KUA Kecamatan bahwa pernikahan tidak tercatat",
    "Surat keterangan dari kepala desa/lurah tentang pernikahan tersebut",
    "Fotokopi KTP suami dan istri",
    "Fotokopi Kartu Keluarga",
    "Surat keterangan dan fotokopi di atas dibubuhi meterai Rp10.000 dan dinazegelen di kantor pos",
    "Dua orang saksi yang mengetahui akad nikah dihadirkan pada sidang",
  },
  procedure = filing("Permohonan isbat nikah diumumkan 14 hari sebelum sidang; penetapan dibawa ke KUA untuk dicatat"),
  minutes = 45,
  completion = { at_counter = true, note = FILED_NOTE },
  fee = 30000,
  fee_note = PANJAR,
  product = "Penetapan isbat nikah (dasar penerbitan Buku Nikah oleh KUA)",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS .. "; " .. MARRIAGE .. " (Pasal 7 KHI); " .. PNBP,
  priority = true,
  -- Persyaratan (2026-12): standar PA lain untuk layanan nasional yang
  -- sama, karena persyaratan isbat nikah PA Purbalingga dan PA Jawa Tengah tidak terbaca.
  source = filed("https://suara.com/lifestyle/2024/11/01/060000/syarat-mengajukan-isbat-nikah-seperti-rizky-febian-dan-mahalini-berapa-biayanya (mengutip PA Tigaraksa); " .. SIPPN, {
    requirements = "https://tirto.id/syarat-isbat-nikah-prosedur-dan-cara-pengajuannya-g2at " ..
      "(persyaratan isbat nikah PA Gresik, Jawa Timur, dikutip dari laman Mahkamah Agung, tahun " ..
      "tidak tertera: surat permohonan, surat keterangan tidak tercatat dari KUA, surat " ..
      "keterangan kepala desa, fotokopi KTP para pemohon dan KK, semuanya dimeterai dan cap pos); " ..
      "https://sippn.menpan.go.id/pelayanan-publik/8127971/pengadilan-tinggi-agama-gorontalo/isbath-nikah-terpadu " ..
      "(standar isbat nikah PTA Gorontalo di SIPPN, tahun tidak tertera: fotokopi KK dan KTP " ..
      "suami-istri, surat keterangan KUA dan kepala desa, dua orang saksi); UU 10/2020 tentang " ..
      "Bea Meterai Pasal 5 (tarif Rp10.000); https://suara.com/lifestyle/2024/11/01/060000/syarat-mengajukan-isbat-nikah-seperti-rizky-febian-dan-mahalini-berapa-biayanya " ..
      "(PA Tigaraksa: permohonan tersendiri atau digabung gugatan cerai)",
  }),
}

agency:service {
  id = "izin-poligami",
  name = "Permohonan Izin Poligami",
  requirements = {
    "Surat permohonan izin poligami",
    "Surat pernyataan rela dimadu dari istri, bermeterai Rp10.000",
    "Surat pernyataan berlaku adil dari suami, bermeterai Rp10.000",
    "Fotokopi Buku Nikah bermeterai Rp10.000 dan dinazegelen di kantor pos",
    "Fotokopi KTP suami, istri dan calon istri, bermeterai dan dinazegelen",
    "Daftar harta bersama dengan istri yang ada, diketahui kepala desa/lurah",
    "Surat keterangan penghasilan suami, diketahui kepala desa/lurah",
    "Fotokopi akta kematian suami atau akta cerai, bila calon istri berstatus janda",
    "Surat izin atasan bagi ASN",
  },
  procedure = filing("Istri dipanggil dan didengar keterangannya di sidang"),
  minutes = 45,
  completion = { at_counter = true, note = FILED_NOTE },
  fee = 30000,
  fee_note = PANJAR,
  product = "Penetapan izin poligami",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS .. "; UU 1/1974 Pasal 4-5; PP 9/1975 Pasal 40-44; KHI Pasal 55-59; " .. PNBP,
  priority = true,
  source = filed(SALATIGA .. "; " .. SIPPN),
}

agency:service {
  id = "wali-adhal",
  name = "Permohonan Penetapan Wali Adhal",
  requirements = {
    "Surat permohonan dari calon mempelai perempuan, ditujukan kepada Ketua Pengadilan Agama",
    "Surat penolakan pernikahan dari KUA Kecamatan tempat akad akan dilangsungkan",
    "Fotokopi KTP dan Kartu Keluarga Pemohon bermeterai Rp10.000 dan dinazegelen di kantor pos",
    "Fotokopi KTP calon suami bermeterai Rp10.000 dan dinazegelen di kantor pos",
    "Surat kuasa khusus dan identitas advokat, bila memakai kuasa hukum",
  },
  procedure = filing("Wali nasab dipanggil dan didengar; penetapan wali adhal dibawa ke KUA agar nikah dengan wali hakim"),
  minutes = 45,
  completion = { at_counter = true, note = FILED_NOTE },
  fee = 30000,
  fee_note = PANJAR,
  product = "Penetapan wali adhal",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS .. "; KHI Pasal 23; Peraturan Menteri Agama 30/2005 tentang Wali Hakim; " .. PNBP,
  priority = true,
  source = filed("https://ejournal.ibntegal.ac.id/index.php/tawasuth/article/view/776 (PA Slawi, PMA 30/2005); " .. SIPPN, {
    requirements = "https://sippn.menpan.go.id/pelayanan-publik/8111346/pengadilan-tinggi-agama-medan/permohonan-wali-adhol " ..
      "(standar permohonan wali adhol PTA Medan, Sumatera Utara, di SIPPN, tahun tidak tertera: " ..
      "surat penolakan KUA, fotokopi KTP/KK Pemohon dan KTP calon suami bermeterai dan cap pos, " ..
      "surat permohonan, surat kuasa bila memakai advokat, layanan nasional yang sama), " ..
      "UU 10/2020 tentang Bea Meterai Pasal 5 (meterai Rp10.000 menggantikan Rp6.000 di laman itu)",
  }),
}

------------------------------------------------------------------------------
-- Anak dan harta
------------------------------------------------------------------------------

agency:service {
  id = "hak-asuh-anak",
  name = "Gugatan Hak Asuh Anak (Hadhanah) dan Nafkah Anak",
  requirements = {
    "Surat gugatan hak asuh anak beserta salinan elektroniknya",
    "Fotokopi KTP Penggugat bermeterai dan dinazegelen di kantor pos",
    "Fotokopi akta cerai atau putusan perceraian",
    "Fotokopi akta kelahiran anak",
  },
  procedure = filing("Mediasi wajib jika Tergugat hadir (PERMA 1/2016)"),
  minutes = 45,
  completion = { at_counter = true, note = FILED_NOTE },
  fee = 30000,
  fee_note = PANJAR,
  product = "Putusan hak asuh anak dan nafkah anak",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS .. "; UU 1/1974 Pasal 41; KHI Pasal 105 dan 156; " .. PNBP,
  priority = true,
  source = filed("https://pa-serui.go.id/wajah-baru-perkara-perceraian/ (Surat Dirjen Badilag 1669/DJA/HK.00/5/2021); " .. SIPPN),
  unconfirmed = {
    requirements = TRIED.requirements,
  },
}

agency:service {
  id = "perwalian",
  name = "Permohonan Perwalian Anak",
  requirements = {
    "Surat permohonan perwalian",
    "Fotokopi KTP dan Kartu Keluarga Pemohon",
    "Fotokopi akta kelahiran anak",
    "Fotokopi akta kematian orang tua anak, jika ada yang meninggal",
    "Fotokopi Buku Nikah orang tua anak",
  },
  procedure = filing("Hakim menilai kepentingan terbaik anak; penetapan dipakai untuk perbuatan hukum atas nama anak"),
  minutes = 45,
  completion = { at_counter = true, note = FILED_NOTE },
  fee = 30000,
  fee_note = PANJAR,
  product = "Penetapan perwalian",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS .. "; UU 1/1974 Pasal 50; KHI Pasal 107; PP 29/2019 tentang " ..
    "Syarat dan Tata Cara Penunjukan Wali; " .. PNBP,
  priority = true,
  source = filed("https://aisahpartnerslawfirm.co.id/2024/08/06/bagaimana-cara-mengurus-perwalian-anak-di-pengadilan-agama; " .. SIPPN),
  unconfirmed = {
    requirements = TRIED.requirements,
  },
}

agency:service {
  id = "asal-usul-anak",
  name = "Permohonan Penetapan Asal Usul Anak",
  requirements = {
    "Surat permohonan asal usul anak",
    "Fotokopi KTP dan Kartu Keluarga Pemohon",
    "Fotokopi Buku Nikah atau penetapan isbat nikah orang tua",
    "Surat keterangan kelahiran anak dari bidan/rumah sakit atau kepala desa",
  },
  procedure = filing("Penetapan menjadi dasar Dinpendukcapil mencantumkan nama ayah pada akta kelahiran"),
  minutes = 45,
  completion = { at_counter = true, note = FILED_NOTE },
  fee = 30000,
  fee_note = PANJAR,
  product = "Penetapan asal usul anak",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS .. "; UU 1/1974 Pasal 55; KHI Pasal 103; " .. PNBP,
  priority = true,
  source = filed("https://penghulu.apripusat.or.id/?p=4471 (akta kelahiran dan nikah tidak tercatat); " .. SIPPN),
  unconfirmed = {
    requirements = TRIED.requirements,
  },
}

agency:service {
  id = "penetapan-ahli-waris",
  name = "Permohonan Penetapan Ahli Waris",
  requirements = {
    "Surat permohonan yang diajukan oleh para ahli waris, beserta salinan elektroniknya",
    "Fotokopi Buku Nikah pewaris bermeterai Rp10.000 dan dinazegelen di kantor pos",
    "Fotokopi KTP Pemohon dan semua ahli waris",
    "Fotokopi surat/akta kematian pewaris",
    "Fotokopi surat keterangan ahli waris dari kelurahan/desa yang diketahui camat",
    "Fotokopi akta/surat kelahiran para ahli waris",
    "Fotokopi kartu identitas pensiun pewaris, bila ada",
    "Fotokopi buku tabungan pewaris, bila harta yang dimaksud berupa simpanan bank",
  },
  procedure = filing("Ahli waris dan dua orang saksi hadir pada sidang"),
  minutes = 45,
  completion = { at_counter = true, note = FILED_NOTE },
  fee = 30000,
  fee_note = PANJAR,
  product = "Penetapan ahli waris",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS .. " (UU 3/2006 Pasal 49 huruf b); KHI Buku II Hukum Kewarisan; " .. PNBP,
  priority = true,
  source = filed("https://hukumexpert.com/syarat-syarat-untuk-permohonan-waris/; https://blog.justika.com/keluarga/syarat-syarat-penetapan-ahli-waris/; " .. SIPPN, {
    requirements = "https://sippn.menpan.go.id/pelayanan-publik/8094335/pengadilan-tinggi-agama-banten/pengajuan-waris " ..
      "(standar pengajuan waris PTA Banten di SIPPN, wilayah PA Tangerang, tahun tidak tertera: " ..
      "surat permohonan dan salinan elektronik, fotokopi surat nikah bermeterai Rp10.000 dan cap " ..
      "pos, fotokopi KTP Pemohon dan ahli waris, surat kematian, surat keterangan ahli waris dari " ..
      "kelurahan diketahui kecamatan, surat kelahiran ahli waris, kartu pensiun bila ada, buku " ..
      "tabungan, layanan nasional yang sama)",
  }),
}

agency:service {
  id = "gugatan-waris",
  name = "Gugatan Kewarisan (Sengketa Waris)",
  requirements = {
    "Surat gugatan yang menyebut para ahli waris dan merinci objek sengketa (ukuran dan batas tanah, merek dan tahun kendaraan)",
    "Bukti kematian pewaris dari kepala desa/lurah",
    "Silsilah ahli waris",
    "Fotokopi KTP Penggugat",
    "Bukti kepemilikan objek sengketa (sertifikat, akta jual beli atau bukti lain)",
  },
  procedure = filing("Mediasi wajib (PERMA 1/2016); pemeriksaan setempat atas objek jika diperlukan"),
  minutes = 45,
  completion = { at_counter = true, note = FILED_NOTE },
  fee = 30000,
  fee_note = PANJAR .. ". Pemeriksaan setempat dan sita dikenai biaya tersendiri",
  product = "Putusan pembagian waris",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS .. " (UU 3/2006 Pasal 49 huruf b); KHI Buku II; PERMA 1/2016 tentang Mediasi; " .. PNBP,
  priority = true,
  source = filed("https://id.scribd.com/document/537106746/Proses-penetapan-ahli-waris-dalam-Pengadilan-Agama; " .. SIPPN .. "; " .. PNBP_SRC, {
    requirements = "https://sippn.menpan.go.id/pelayanan-publik/8094335/pengadilan-tinggi-agama-banten/pengajuan-waris " ..
      "(standar pengajuan waris PTA Banten di SIPPN, tahun tidak tertera: gugatan waris disertai " ..
      "bukti kematian pewaris dari lurah/kepala desa, silsilah ahli waris dan bukti kepemilikan " ..
      "objek sengketa, surat gugatan merinci objek, fotokopi KTP, layanan nasional yang sama)",
  }),
}

agency:service {
  id = "harta-bersama",
  name = "Gugatan Harta Bersama (Gono-gini)",
  requirements = {
    "Surat gugatan yang merinci objek harta bersama",
    "Fotokopi akta cerai atau putusan perceraian (jika diajukan setelah cerai)",
    "Fotokopi KTP Penggugat bermeterai dan dinazegelen di kantor pos",
    "Fotokopi bukti kepemilikan objek harta bersama",
  },
  procedure = filing("Mediasi wajib (PERMA 1/2016)"),
  minutes = 45,
  completion = { at_counter = true, note = FILED_NOTE },
  fee = 30000,
  fee_note = PANJAR,
  product = "Putusan pembagian harta bersama",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS .. "; UU 1/1974 Pasal 35-37; KHI Pasal 85-97; " .. PNBP,
  priority = true,
  source = filed("https://123dok.com/article/keberadaan-pengadilan-agama-purbalingga-terkait-sengketa-ekonomi-syari.dy42nl5q (perkara yang ditangani PA Purbalingga); " .. SIPPN),
  unconfirmed = {
    requirements = TRIED.requirements,
  },
}

agency:service {
  id = "ekonomi-syariah",
  name = "Gugatan Ekonomi Syariah (termasuk Gugatan Sederhana)",
  -- Diubah 2026-12 menurut persyaratan gugatan sederhana ekonomi syariah yang diterbitkan
  -- PA Pangkalpinang (layanan nasional yang sama; lihat source.requirements).
  requirements = {
    "Surat gugatan asli diketik pada kertas A4, atau formulir gugatan sederhana di kepaniteraan " ..
      "(nilai gugatan materiil paling banyak Rp500 juta); bila tidak dapat menulis, gugatan " ..
      "disampaikan lisan kepada Ketua Pengadilan Agama",
    "Surat kuasa yang telah didaftarkan di kepaniteraan, bila memakai kuasa hukum",
    "Bukti yang menguatkan gugatan, misalnya KTP, Kartu Keluarga, akta/akad dan surat lain",
    "Gugatan sederhana: penggugat dan tergugat orang perseorangan atau badan hukum yang " ..
      "berdomisili di wilayah hukum yang sama, dan sengketa bukan tentang hak atas tanah",
  },
  procedure = filing("Gugatan sederhana diperiksa hakim tunggal dan diputus paling lama 25 hari sejak sidang pertama"),
  minutes = 45,
  completion = { at_counter = true, note = FILED_NOTE },
  fee = 30000,
  fee_note = PANJAR,
  product = "Putusan sengketa ekonomi syariah",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS .. " (UU 3/2006 Pasal 49 huruf i); PERMA 2/2015 jo. PERMA 4/2019 " ..
    "tentang Tata Cara Penyelesaian Gugatan Sederhana; PERMA 14/2016 tentang Tata Cara " ..
    "Penyelesaian Perkara Ekonomi Syariah; " .. PNBP,
  priority = true,
  source = filed("https://www.purbalinggakab.go.id/info/kenaikan-kelas-pengadilan-agama-purbalingga-wujud-dedikasi-untuk-keadilan-masyarakat-purbalingga/ (PA Purbalingga menangani ekonomi syariah); " .. SIPPN, {
    requirements = "https://sites.google.com/view/pa-pangkalpinang/layanan/ekonomi-syariah (laman layanan " ..
      "ekonomi syariah Pengadilan Agama Pangkalpinang, Kepulauan Bangka Belitung, tahun tidak tertera, " ..
      "dibaca 2026-12: kriteria dan persyaratan gugatan sederhana menurut PERMA 2/2015 jo. PERMA 4/2019 - " ..
      "standar terbit pengadilan agama lain untuk layanan nasional yang sama)",
  }),
}

------------------------------------------------------------------------------
-- Layanan pendukung dan produk pengadilan
------------------------------------------------------------------------------

agency:service {
  id = "ecourt",
  name = "Pendampingan Pendaftaran Perkara Elektronik (e-Court)",
  requirements = {
    "Alamat surel aktif dan nomor telepon seluler yang dapat dihubungi",
    "KTP Penggugat/Pemohon",
    "Surat gugatan/permohonan dan persyaratan perkara dalam bentuk dokumen elektronik",
  },
  procedure = {
    "Ambil nomor antrean dan sampaikan jenis perkara",
    "Petugas membantu membuat akun pengguna terdaftar di ecourt.mahkamahagung.go.id",
    "Dokumen diunggah; sistem menghitung e-SKUM",
    "Bayar panjar melalui virtual account; perkara terdaftar dan panggilan dikirim ke domisili elektronik",
  },
  minutes = 30,
  completion = { at_counter = true },
  fee = 0,
  fee_note = "Pendampingan gratis; panjar biaya perkara dibayar sesuai e-SKUM",
  product = "Akun e-Court dan perkara terdaftar secara elektronik",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS .. "; PERMA 1/2019 jo. PERMA 7/2022 tentang Administrasi Perkara " ..
    "dan Persidangan di Pengadilan Secara Elektronik",
  priority = true,
  source = "https://pa-malangkab.go.id/Responsif-dan-Terjangkau-PA-Kab.-Malang-Hadir-di-Mall-Pelayanan-Publik-Kabupaten-Malang; https://www.pn-purworejo.go.id/layanan-hukum/prosedur-pengajuan-perkara-biaya-perkara/biaya-perkara.html (domisili elektronik)",
  unconfirmed = { minutes = TRIED.minutes, completion = TRIED.completion },
}

agency:service {
  id = "posbakum-prodeo",
  name = "Pos Bantuan Hukum (Posbakum) dan Berperkara Secara Prodeo",
  requirements = {
    "KTP",
    "Surat Keterangan Tidak Mampu dari kepala desa/lurah, atau kartu program sosial (KIS, PKH, KIP, BLT) untuk prodeo",
    "Dokumen persyaratan sesuai jenis perkara",
  },
  procedure = {
    "Ambil nomor antrean dan sampaikan masalah hukum kepada petugas Posbakum",
    "Advokat/paralegal Posbakum memberi informasi, nasihat dan membantu menyusun gugatan/permohonan",
    "Permohonan prodeo diajukan bersama gugatan; diputus dalam penetapan atau putusan sela",
  },
  minutes = 57,                    -- 30 -> 57: SOP Posbakum PA Luwuk (2+5+45+5 menit)
  completion = { at_counter = true },
  fee = 0,
  fee_note = "Gratis; biaya perkara prodeo ditanggung negara (DIPA pengadilan)",
  product = "Nasihat hukum, surat gugatan/permohonan, penetapan prodeo",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS .. "; UU 16/2011 tentang Bantuan Hukum; PERMA 1/2014 tentang " ..
    "Pedoman Pemberian Layanan Hukum bagi Masyarakat Tidak Mampu di Pengadilan",
  priority = true,
  source = {
    SALATIGA .. " (syarat prodeo); http://pa-unaaha.go.id/web/posts/pub/view/standar/standar-pelayanan-pada-badan-peradilan-agama/198",
    minutes = POSBAKUM_SRC,
    completion = POSBAKUM_SRC,
  },
}

agency:service {
  id = "akta-cerai",
  name = "Pengambilan Akta Cerai",
  -- Persyaratan menurut PA Banyumas (Jawa Tengah), menggantikan daftar
  -- sebelumnya yang bersumber dari PA Panyabungan (Sumatera Utara).
  requirements = {
    "Penggugat/Pemohon: kuitansi pengambilan sisa panjar (atau tambahan panjar) biaya perkara",
    "Tergugat/Termohon: surat panggilan sidang",
    "Tergugat/Termohon yang tidak ikut sidang karena tidak diketahui keberadaannya (ghaib): fotokopi KTP",
  },
  procedure = {
    "Ambil nomor antrean; petugas memeriksa bahwa putusan telah berkekuatan hukum tetap",
    "Bayar PNBP akta cerai",
    "Akta cerai diserahkan dan penerima menandatangani register",
  },
  minutes = 10,
  completion = { at_counter = true },
  fee = 10000,
  fee_note = "PNBP akta cerai Rp10.000 (PP 5/2019). Pengiriman ke rumah melalui PT Pos " ..
    "Rp10.000 (kerja sama PA Purbalingga)",
  product = "Akta cerai",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS .. "; UU 7/1989 Pasal 84; " .. PNBP,
  priority = true,
  source = {
    "http://www.pa-panyabungan.go.id/index.php/id/layanan-masyarakat/pengambilan-akta-cerai; https://www.purbalinggakab.go.id/info/tingkatkan-pelayanan-pa-purbalingga-naik-jadi-kelas-ia/; " .. PNBP_SRC,
    requirements = BANYUMAS .. " (syarat pengambilan akta cerai PA Banyumas)",
    minutes = PRODUK_SRC,
    completion = PRODUK_SRC,
  },
  gives = { "akta-cerai" },
}

agency:service {
  id = "salinan-putusan",
  name = "Permohonan Salinan Putusan/Penetapan",
  requirements = {
    "KTP pihak berperkara (atau surat kuasa)",
    "Nomor perkara",
    "Kuitansi pengambilan sisa panjar, bagi Penggugat/Pemohon",
  },
  procedure = {
    "Ambil nomor antrean dan sebutkan nomor perkara",
    "Petugas menghitung PNBP salinan dan leges",
    "Salinan dicetak, dilegalisasi dan diserahkan",
  },
  minutes = 10,                    -- 15 -> 10: standar penyerahan produk PA Bangko (SIPPN)
  completion = { at_counter = true, note = "bila salinan sudah tersedia di SIPP; diserahkan setelah PNBP dibayar" },
  fee = 10000,
  fee_note = "PNBP leges putusan/penetapan Rp10.000 ditambah Rp500 per lembar salinan (PP 5/2019)",
  product = "Salinan putusan/penetapan yang dilegalisasi",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS .. "; " .. PNBP,
  priority = true,
  source = { BANYUMAS .. "; " .. PNBP_SRC, minutes = PRODUK_SRC, completion = PRODUK_SRC },
}

agency:service {
  id = "duplikat-akta-cerai",
  name = "Penerbitan Duplikat Akta Cerai (Hilang atau Rusak)",
  requirements = {
    "Surat keterangan belum menikah lagi dari KUA Kecamatan",
    "Surat keterangan kehilangan dari kepolisian (jika hilang)",
    "Surat keterangan kepala desa/lurah bahwa Pemohon belum menikah lagi sejak bercerai",
    "Fotokopi KTP Pemohon",
    "Akta cerai yang rusak atau fotokopinya (jika rusak)",
  },
  procedure = {
    "Ambil nomor antrean dan serahkan berkas",
    "Petugas mencocokkan data perkara di register",
    "Duplikat akta cerai ditandatangani Panitera dan diserahkan setelah PNBP dibayar",
  },
  minutes = 15,
  completion = { days = 1 },
  fee = 10000,
  fee_note = "PNBP akta Rp10.000 (PP 5/2019)",
  product = "Duplikat akta cerai",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS .. "; " .. PNBP,
  priority = true,
  source = BANYUMAS .. "; " .. PNBP_SRC,
  unconfirmed = { minutes = TRIED.minutes, completion = TRIED.completion, fee = TRIED.fee },
}

agency:service {
  id = "upaya-hukum",
  name = "Pendaftaran Upaya Hukum (Banding, Kasasi, Peninjauan Kembali)",
  requirements = {
    "Pernyataan banding/kasasi/PK dalam tenggang waktu (banding dan kasasi 14 hari sejak putusan atau pemberitahuannya)",
    "Salinan putusan yang dimohonkan upaya hukum",
    "Memori banding/kasasi/PK (wajib untuk kasasi dan PK)",
    "KTP Pemohon atau surat kuasa khusus",
  },
  procedure = {
    "Ambil nomor antrean dan nyatakan upaya hukum kepada petugas",
    "Petugas menaksir biaya dan menerbitkan SKUM; bayar melalui bank atau e-Court",
    "Akta permohonan banding/kasasi/PK dibuat dan diberitahukan kepada pihak lawan",
    "Berkas dikirim ke Pengadilan Tinggi Agama Semarang atau Mahkamah Agung",
  },
  minutes = 60,                    -- 30 -> 60: SIPPN PTA Banjarmasin, banding 15 menit-1 jam (batas atas)
  completion = { at_counter = true },
  fee = 50000,
  fee_note = "PNBP pendaftaran banding Rp50.000, kasasi Rp50.000, peninjauan kembali " ..
    "Rp200.000 (PP 5/2019), ditambah biaya proses dan pemberitahuan yang ditaksir pada SKUM",
  product = "Akta permohonan banding/kasasi/PK",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS .. "; UU 14/1985 tentang Mahkamah Agung jo. UU 3/2009; " .. PNBP,
  priority = true,
  -- Waktu di loket dan jangka waktu: standar penerimaan perkara banding di SIPPN PTA
  -- Banjarmasin (layanan nasional yang sama); kasasi dan PK didaftarkan dengan alur yang sama
  -- di meja pendaftaran, tetapi angka itu terbit untuk banding.
  source = {
    PNBP_SRC .. "; https://pa-palembang.go.id/hak-hak-kepaniteraan-pnbp/; https://ptun-banjarmasin.go.id/index.php/layanan-hukum/gugatan-permohonan/tarif-pnbp",
    minutes = BANDING_SRC,
    completion = BANDING_SRC,
  },
}

agency:service {
  id = "informasi-perkara",
  name = "Layanan Informasi Perkara dan Informasi Publik",
  requirements = {
    "KTP (untuk permohonan informasi publik)",
    "Nomor perkara, untuk informasi perkara tertentu",
  },
  procedure = {
    "Ambil nomor antrean dan sampaikan informasi yang diminta",
    "Informasi perkara (jadwal sidang, tahapan, sisa panjar) diberikan langsung dari SIPP",
    "Permohonan informasi publik dicatat pada formulir dan dijawab dalam tenggang waktu UU 14/2008",
  },
  minutes = 10,
  completion = { at_counter = true, note = "permohonan informasi publik yang tidak tersedia saat itu dijawab paling lama 10 hari kerja, dapat diperpanjang 7 hari kerja" },
  fee = 0,
  fee_note = "Gratis; penggandaan dokumen informasi publik menurut biaya riil",
  product = "Informasi perkara atau jawaban permohonan informasi publik",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS .. "; UU 14/2008 tentang Keterbukaan Informasi Publik; SK KMA " ..
    "2-144/KMA/SK/VIII/2022 tentang Standar Pelayanan Informasi Publik di Pengadilan",
  priority = true,
  source = {
    "https://sippn.menpan.go.id/pelayanan-publik/8082426/pengadilan-tinggi-agama-samarinda/pelayanan-informasi; https://pa-pagaralam.go.id/index.php/layanan-publik?start=55",
    completion = "UU 14/2008 Pasal 22 ayat (7) dan (8) (permohonan informasi publik)",
  },
  unconfirmed = { minutes = TRIED.minutes },
}

-- Kelompok prioritas didahulukan (UU 25/2009 Pasal 29), tetapi setelah tiga
-- panggilan prioritas berturut-turut satu nomor reguler dipanggil.
agency:route { priority_first = true, regular_after_priority = 3 }
