-- Kejaksaan Negeri Purbalingga: di loket MPP melayani pembayaran denda dan
-- pengambilan barang bukti tilang, pengembalian barang bukti perkara pidana,
-- izin kunjungan tahanan tahap penuntutan, pembayaran denda dan uang
-- pengganti oleh terpidana, pelayanan hukum gratis Jaksa Pengacara Negara,
-- informasi perkara, informasi publik, informasi lelang barang rampasan,
-- keadilan restoratif, permohonan penyuluhan hukum dan pengaduan masyarakat.
-- Seluruh layanan kejaksaan ini tidak dipungut biaya; denda dan uang
-- pengganti adalah kewajiban menurut putusan hakim, disetor ke kas negara.
--
-- Sumber (diperiksa 2026-11):
--   * UU 16/2004 tentang Kejaksaan jo. UU 11/2021; UU 22/2009 tentang LLAJ
--     dan PERMA 12/2016 tentang Tata Cara Penyelesaian Perkara Pelanggaran
--     Lalu Lintas (tilang); alur tilang dan pengambilan di kejaksaan:
--     otomotif.kompas.com (2023-10-02), langgam.id (Kejari Pesisir Selatan),
--     ngopibareng.id (Kejari Sidoarjo di MPP);
--   * standar pelayanan kejaksaan di SIPPN: pelayanan hukum Kejari Manggarai
--     (sippn.menpan.go.id/pelayanan-publik/8237336), pemeriksaan Kejari Bangli
--     (sippn.menpan.go.id/pelayanan-publik/8268325); Keputusan Kepala Kejari
--     Karanganyar KEP-14/M.3.33/03/2023 tentang Standar Pelayanan;
--   * pengembalian barang bukti: keterangan Kasi Penkum Kejati Sumut
--     (mistar.id, 2025-04-15); izin kunjungan tahanan: PP 27/1983 Pasal 20;
--   * lelang barang rampasan: sipeka-kejaripekanbaru.id/lelang, gatra.com
--     (Perja tentang barang rampasan, lelang melalui KPKNL).
--
--   * tilang (ditambahkan 2026-12): PERMA 12/2016 Pasal 10, pelanggar
--     mengambil barang bukti pada jaksa di kantor kejaksaan dengan
--     menunjukkan bukti bayar denda (dikutip pn-batam.go.id); praktik Kejari
--     Kota Semarang (jatengtoday.com 2020): bayar denda lalu barang bukti
--     langsung diambil.
--
-- Ditambahkan 2026-12 (kejaksaan instansi vertikal, standar
-- kejaksaan mana pun di Indonesia dipakai dengan nama kantor dan provinsinya):
-- persyaratan, waktu (paling lama 1 jam bila datang langsung) dan tanda terima
-- layanan pengaduan masyarakat menurut standar di SIPPN yang didaftarkan Kejati
-- Jawa Barat (tautan Kejari Majalengka); jangka waktu pelayanan hukum Jaksa
-- Pengacara Negara (lisan langsung, tertulis paling lama 30 hari) menurut
-- standar Kejari Manggarai (NTT) di SIPPN, menggantikan 14 hari sebelumnya.
--
-- Belum terkonfirmasi: waktu layanan di loket semua layanan kecuali pengaduan,
-- jangka waktu sebagian besar layanan, dan beberapa persyaratan/alur yang hanya bersumber
-- dari kejari lain; ditandai per layanan. Standar pelayanan Kejari
-- Purbalingga sendiri tidak ditemukan dalam sumber terbuka; standar Kejari
-- Karanganyar (KEP-14/M.3.33/03/2023) hanya terbaca bagian pembukanya
-- (dicari lagi 2026-12). Pencarian persyaratan 2026-12 juga
-- tanpa standar kejari Jawa Tengah maupun peraturan yang merinci dokumen.
-- Dicari lagi 2026-12 (SIPPN kejaksaan per layanan; standar PTSP Kejari
-- Banyumas, Cilacap, Banjarnegara): tidak ada sumber baru untuk waktu loket,
-- jangka waktu, persyaratan atau alur. Dicari lagi 2026-12 (gerai kejaksaan di MPP
-- Kota Denpasar, SIPPN Kejati Bali, standar izin besuk dan informasi perkara): juga
-- tanpa sumber baru.

local BASIS = "UU 16/2004 tentang Kejaksaan Republik Indonesia jo. UU 11/2021; " ..
  "UU 25/2009 tentang Pelayanan Publik"
local FREE = "Tidak dipungut biaya"
local COMPLAINT = "SP4N-LAPOR! (www.lapor.go.id, SMS 1708); pengaduan masyarakat " ..
  "Kejaksaan RI (www.kejaksaan.go.id); petugas PTSP Kejaksaan Negeri Purbalingga"
local KOMPAS = "https://otomotif.kompas.com/read/2023/10/02/152100515/twitter.com"
-- Ditambahkan 2026-12. Kejaksaan adalah instansi vertikal; standar terbit
-- kejaksaan mana pun di Indonesia untuk layanan yang sama dipakai, dengan nama kantor dan
-- provinsinya. Pengaduan masyarakat: standar "Pengaduan Masyarakat" yang didaftarkan
-- Kejati Jawa Barat di SIPPN (tautan Kejari Majalengka; isinya standar PPH dan PPM
-- Kejaksaan Agung), tahun tidak tertera.
local PENGADUAN_SRC = "https://sippn.menpan.go.id/pelayanan-publik/8237184/kejaksaan-tinggi-jawa-barat/standar-pelayanan-pengaduan-masyarakat " ..
  "(standar pelayanan pengaduan masyarakat di SIPPN oleh Kejati Jawa Barat, tautan Kejari " ..
  "Majalengka, tahun tidak tertera: fotokopi KTP, nomor telepon seluler, formulir pengaduan " ..
  "dengan dokumen dan bukti pendukung, tanda terima pengaduan, jawaban paling lama 1 jam bila " ..
  "datang langsung atau 7 hari kerja bila dengan surat, tidak dipungut biaya)"

-- What was looked up for each fact the services below leave unconfirmed
-- (`mppctl facts kejari` lists them per service).
local TRIED = {
  requirements = "Persyaratan hanya dari kejari lain (diperiksa 2026-11); dicari 2026-12: standar " ..
    "Kejari Purbalingga tidak ditemukan, Keputusan Kepala Kejari Karanganyar KEP-14/M.3.33/03/2023 " ..
    "(lawinsider.com/id/contracts/kdZInPRqBsb) hanya terbaca bagian menimbang/mengingat. Dicari " ..
    "lagi 2026-12: SIPPN Kejati Jawa Tengah dan kejari di Jawa Tengah tidak ditemukan " ..
    "(SIPPN kejaksaan yang ada: Kejari Bangli, Manggarai); izin kunjungan tahanan hanya dari " ..
    "aplikasi T-10 (zonaintegritas.id; PP 27/1983 Pasal 20, tanpa daftar dokumen); Instruksi Jaksa " ..
    "Agung INS-004/A/J.A/08/2012 (penyuluhan hukum dapat atas permintaan, tanpa persyaratan " ..
    "permohonan); UU 25/2009 Pasal 42 ayat (3)-(5) hanya mengatur isi pengaduan atas pelayanan " ..
    "publik, bukan laporan tindak pidana, sehingga tidak dipakai untuk layanan pengaduan ini; " ..
    "Peraturan Kejaksaan 15/2020 memuat syarat perkara, bukan dokumen pemohon informasi. Dicari lagi " ..
    "2026-12 (kejaksaan mana pun): SIPPN kejaksaan untuk izin kunjungan/besuk tahanan, informasi " ..
    "perkara, keadilan restoratif, denda dan penyuluhan tidak ditemukan; standar PTSP kejari di Jawa " ..
    "Tengah (Banyumas, Cilacap, Banjarnegara) tidak ditemukan; maklumat pelayanan informasi Kejari " ..
    "Banyuwangi (format Lampiran 6 PER-032/A/JA/08/2010) hanya untuk permohonan informasi publik. Dicari " ..
    "lagi 2026-12 (khusus persyaratan): SIPPN Kejati Bali hanya memuat standar Kejari Bangli " ..
    "'Pemeriksaan/Permintaan Keterangan/Dokumen' (bukan layanan ini); aplikasi T-10 " ..
    "(t10.zonaintegritas.id) hanya syarat waktu permohonan kunjungan, tanpa daftar dokumen; " ..
    "Keputusan Kejari Karanganyar KEP-14/M.3.33/03/2023 (lawinsider) masih hanya bagian pembuka; " ..
    "Keputusan Jaksa Agung 184/A/JA/11/2015 (Jaksa Masuk Sekolah) dan PER-020/A/JA/07/2014 (uang " ..
    "pengganti) hanya terbaca lewat berita/pembukaan tanpa syarat pemohon. " ..
    "Dicari lagi 2026-12: SIPPN kejaksaan untuk izin besuk tahanan, barang bukti dan penyuluhan " ..
    "(yang ditemukan hanya pengaduan masyarakat Kejati Kalimantan Timur dan Jawa Barat, dan " ..
    "layanan kunjungan Lapas/LPKA Kemenkumham yang meminta surat izin dari instansi penahan, " ..
    "bukan daftar dokumen kejaksaan). Dicari lagi 2026-12: standar izin besuk tahanan kejaksaan " ..
    "dengan daftar dokumen tidak ditemukan (yang ada: standar besuk Lapas dan pengadilan negeri).",
  procedure = "Alur hanya dari kejari lain (diperiksa 2026-11); dicari 2026-12: standar Kejari " ..
    "Purbalingga dan isi standar Kejari Karanganyar KEP-14/M.3.33/03/2023 tidak terbaca. Dicari lagi " ..
    "2026-12: SIPPN dan standar PTSP kejaksaan mana pun untuk layanan ini tidak ditemukan (yang ada " ..
    "hanya pemeriksaan Kejari Bangli dan pengaduan Kejati Jawa Barat).",
  minutes = "Dicari 2026-12: standar Kejari Purbalingga tidak ditemukan; standar Kejari Karanganyar " ..
    "KEP-14/M.3.33/03/2023 hanya terbaca bagian pembuka; SIPPN Kejari Bangli memberi 15 menit " ..
    "untuk layanan pemeriksaan/permintaan keterangan (bukan layanan ini); berita Kejari Semarang, " ..
    "Karanganyar dan Sidoarjo tidak menyebut waktu loket. Dicari lagi (2026-12, " ..
    "standar kejaksaan mana pun di Indonesia): standar pelayanan publik Kejari Lombok Timur 2021 " ..
    "(123dok) terbaca hanya konsiderans; SOP Kejari Pinrang (informasi) dan Kejari Pekanbaru " ..
    "(barang bukti) tanpa waktu loket; SIPPN kejaksaan yang terbaca hanya pemeriksaan (Kejari " ..
    "Bangli) dan pengaduan (Kejati Jawa Barat); laman Kejari Surabaya (kejari-surabaya.go.id, " ..
    "2024) menjanjikan layanan tilang kurang dari 1 menit sebagai inovasi 'Si Kuda Gesit', " ..
    "bukan standar pelayanan dan tanpa langkah pembayaran, sehingga tidak dipakai; kompilasi " ..
    "standar MPP yang memuat gerai kejaksaan tidak ditemukan. Dicari lagi 2026-12: SIPPN kejaksaan " ..
    "per layanan (tilang, barang bukti, izin kunjungan/besuk tahanan, informasi perkara) dan standar " ..
    "PTSP kejari di Jawa Tengah (Banyumas, Cilacap, Banjarnegara): tidak ditemukan; berita loket " ..
    "tilang Kejari Jakarta Timur dan Tangerang Selatan (kompas.com 2015, naviri.org, tribunnews 2018) " ..
    "hanya menyebut 'tak sampai satu jam, tergantung antrean', bukan standar waktu layanan. " ..
    "Dicari lagi 2026-12 (SIPPN kejaksaan): Kejati Kalimantan Timur (Kejari Penajam Paser Utara, " ..
    "pengaduan masyarakat 10 menit), Kejati Jawa Barat (pengaduan, 1 jam bila datang langsung) " ..
    "dan Kejati Bali (layanan antar tilang Kejari Denpasar, waktu menurut jarak) - bukan layanan " ..
    "ini; standar tilang, barang bukti dan izin besuk dengan menit tidak ditemukan. " ..
    "Dicari lagi 2026-12: standar gerai kejaksaan di MPP Kota Denpasar, SIPPN Kejati Bali (Rusti " ..
    "Darma Kejari Denpasar 2022: waktu antar menurut jarak) dan standar izin besuk/informasi perkara " ..
    "kejaksaan: tidak ada menit; tilang drive thru Kejari Denpasar (radarbali 2020, paling lama 50 " ..
    "detik) adalah uji coba yang diberitakan, bukan standar pelayanan.",
  completion = "Dicari 2026-12: standar Kejari Purbalingga tidak ditemukan; standar Kejari " ..
    "Karanganyar (KEP-14/M.3.33/03/2023) hanya terbaca bagian pembuka, tanpa jangka waktu " ..
    "layanan ini. Dicari lagi (2026-12, kejaksaan mana pun): standar Kejari Lombok " ..
    "Timur 2021 terbaca hanya konsiderans; SIPPN kejaksaan untuk layanan ini tidak ditemukan; " ..
    "aplikasi izin kunjungan T-10 (zonaintegritas.id) hanya meminta permohonan paling lambat 3 hari " ..
    "sebelum kunjungan, tanpa jangka waktu penerbitan. Dicari lagi 2026-12: SIPPN kejaksaan untuk " ..
    "barang bukti, izin kunjungan, denda/uang pengganti, informasi perkara, lelang dan penyuluhan, " ..
    "SOP barang bukti Kejari Pekanbaru (scribd) dan standar PTSP kejari di Jawa Tengah: tidak ada " ..
    "jangka waktu yang terbaca. Dicari lagi 2026-12: standar izin besuk tahanan, informasi perkara " ..
    "dan tilang kejaksaan mana pun (SIPPN, laman kejari): tidak ditemukan.",
}

local agency = mpp.agency {
  id = "kejari",
  name = "Kejaksaan Negeri Purbalingga",
  short = "Kejari",
  kind = "vertical",
  prefix = "N",
  counters = { 26 },
}

agency:service {
  id = "tilang",
  name = "Pembayaran Denda Tilang dan Pengambilan Barang Bukti Tilang",
  requirements = {
    "Surat tilang (blanko) atau nomor register tilang/ETLE",
    "KTP asli pelanggar",
    "Bukti pembayaran denda (BRIVA, kantor pos atau kanal di tilang.kejaksaan.go.id), jika sudah dibayar",
    "Surat kuasa dan KTP penerima kuasa, jika diwakilkan",
  },
  procedure = {
    "Cek besaran denda putusan hakim di tilang.kejaksaan.go.id dengan nomor register tilang",
    "Ambil nomor antrean; bayar denda melalui kanal resmi bila belum (petugas tidak menerima uang tunai)",
    "Serahkan surat tilang, bukti bayar dan KTP kepada petugas",
    "Barang bukti (SIM/STNK) diserahkan dan penerima menandatangani tanda terima",
  },
  minutes = 10,
  completion = { at_counter = true },
  fee = 0,
  fee_note = "Layanan gratis. Denda sesuai putusan hakim (verstek) dan disetor ke kas " ..
    "negara; pengantaran barang bukti melalui PT Pos dikenai ongkos kirim",
  product = "Barang bukti tilang (SIM/STNK/kendaraan) dan bukti setor denda",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS .. "; UU 22/2009 tentang Lalu Lintas dan Angkutan Jalan Pasal " ..
    "267-268; PERMA 12/2016 tentang Tata Cara Penyelesaian Perkara Pelanggaran Lalu Lintas",
  priority = true,
  source = {
    KOMPAS .. "; https://langgam.id/3-cara-pembayaran-denda-tilang-di-kejaksaan-negeri-pesisir-selatan; https://ngopibareng.id/read/kejari-sidoarjo-mudahkan-pengambilan-tilang-tanpa-antre-di-mpp/amp",
    completion = "PERMA 12/2016 Pasal 10 (pelanggar mengambil barang bukti pada jaksa di kantor " ..
      "kejaksaan dengan menunjukkan bukti pembayaran denda); " ..
      "https://pn-batam.go.id/index.php/component/content/category/9-pengumuman (kutipan Pasal 10); " ..
      "https://jatengtoday.com/kejari-semarang-terapkan-sistem-jemput-bola-bisa-bayar-denda-tilang-di-cfd-2 " ..
      "(Kejari Kota Semarang 2020: denda dibayar lalu SIM/STNK langsung diambil di tempat)",
  },
  unconfirmed = { minutes = TRIED.minutes },
}

agency:service {
  id = "barang-bukti",
  name = "Pengembalian Barang Bukti Perkara Pidana kepada yang Berhak",
  requirements = {
    "KTP asli pemilik yang sah",
    "Bukti kepemilikan asli (BPKB dan STNK untuk kendaraan; nota/kuitansi atau sertifikat untuk barang lain)",
    "Petikan/salinan putusan berkekuatan hukum tetap yang menyatakan barang bukti dikembalikan",
    "Surat kuasa bermeterai dan KTP penerima kuasa, jika diwakilkan",
  },
  procedure = {
    "Ambil nomor antrean dan serahkan berkas kepada petugas",
    "Petugas mencocokkan dengan amar putusan dan surat perintah pelaksanaan putusan (P-48)",
    "Barang bukti diserahkan dari gudang barang bukti; pemilik menandatangani berita acara pengembalian (BA-20)",
  },
  minutes = 20,
  completion = { days = 1 },
  fee = 0,
  fee_note = FREE,
  product = "Barang bukti kembali kepada yang berhak dan berita acara pengembalian",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS .. "; KUHAP (UU 8/1981) Pasal 46 dan 194, Pasal 270",
  priority = true,
  source = "https://mistar.id/news/hukum/pemilik-bisa-ambil-kembali-kendaraan-yang-disita-jaksa-begini-syarat-dan-caranya; https://id.scribd.com/document/634791684/SOP-BB (SOP barang bukti Kejari Pekanbaru)",
  unconfirmed = { minutes = TRIED.minutes, completion = TRIED.completion },
}

agency:service {
  id = "kunjungan-tahanan",
  name = "Izin Kunjungan Tahanan Tahap Penuntutan",
  requirements = {
    "KTP asli pengunjung",
    "Kartu Keluarga atau surat keterangan desa/kelurahan sebagai bukti hubungan keluarga",
    "Surat kuasa dari tersangka/terdakwa, bagi penasihat hukum",
  },
  procedure = {
    "Ambil nomor antrean dan sebutkan nama tahanan serta hubungan dengan pengunjung",
    "Petugas meneruskan permohonan kepada Jaksa Penuntut Umum yang menangani perkara",
    "Surat izin kunjungan diterbitkan jika disetujui",
    "Tunjukkan surat izin kepada petugas Rutan/Lapas pada hari kunjungan",
  },
  minutes = 15,
  completion = { at_counter = true },
  fee = 0,
  fee_note = FREE,
  product = "Surat izin kunjungan tahanan",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS .. "; KUHAP Pasal 60-61; PP 27/1983 tentang Pelaksanaan KUHAP Pasal 20",
  priority = true,
  source = "https://t10.zonaintegritas.id/satker/demo (izin kunjungan tahap penuntutan, PP 27/1983 Pasal 20)",
  unconfirmed = {
    requirements = TRIED.requirements,
    minutes = TRIED.minutes,
    completion = TRIED.completion,
  },
}

agency:service {
  id = "denda-uang-pengganti",
  name = "Pembayaran Denda, Uang Pengganti dan Biaya Perkara oleh Terpidana",
  requirements = {
    "KTP terpidana atau keluarga yang membayar",
    "Petikan/salinan putusan berkekuatan hukum tetap",
  },
  procedure = {
    "Ambil nomor antrean dan sebutkan nomor perkara",
    "Jaksa eksekutor menghitung kewajiban sesuai amar putusan",
    "Setor ke kas negara melalui kode billing/bank persepsi",
    "Bukti setor diserahkan; jaksa menerbitkan tanda terima dan berita acara pelaksanaan putusan",
  },
  minutes = 20,
  completion = { at_counter = true },
  fee = 0,
  fee_note = "Layanan gratis. Besaran denda, uang pengganti dan biaya perkara sesuai amar putusan, disetor ke kas negara",
  product = "Bukti setor dan berita acara pelaksanaan putusan",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS .. "; KUHAP Pasal 270 dan 273; UU 31/1999 jo. UU 20/2001 Pasal 18 (uang pengganti)",
  priority = true,
  source = "https://text-id.123dok.com/document/8yd9xw4ez-pelaksanaan-eksekusi-uang-denda-tilang-oleh-kejaksaan-negeri.html (jaksa sebagai eksekutor denda); UU 8/1981 (KUHAP) Pasal 270-273",
  unconfirmed = {
    requirements = TRIED.requirements,
    procedure = TRIED.procedure,
    minutes = TRIED.minutes,
    completion = TRIED.completion,
  },
}

agency:service {
  id = "pelayanan-hukum",
  name = "Pelayanan Hukum Gratis oleh Jaksa Pengacara Negara (Perdata dan TUN)",
  requirements = {
    "KTP dan fotokopinya",
    "Uraian masalah dan dokumen yang berkaitan",
  },
  procedure = {
    "Ambil nomor antrean; petugas Pos Pelayanan Hukum mencatat nama, alamat dan masalah",
    "Jaksa Pengacara Negara memberi konsultasi, pendapat atau informasi hukum secara lisan",
    "Jika fakta belum lengkap, pemohon diminta mengajukan permohonan tertulis kepada Kepala Kejaksaan Negeri",
    "Permohonan tertulis ditelaah oleh jaksa yang ditunjuk (SP-1) dan dijawab",
  },
  minutes = 30,
  completion = { days = 30, note = "konsultasi, pendapat atau informasi hukum secara lisan " ..
    "diberikan langsung; permohonan tertulis diselesaikan paling lama 30 hari (standar tidak " ..
    "menyebut hari kerja) dan dapat diperpanjang, SP-1 terbit paling lama 7 hari" },
  fee = 0,
  fee_note = FREE,
  product = "Konsultasi, pendapat atau informasi hukum perdata dan tata usaha negara",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS .. " (Pasal 30 ayat (2)); Peraturan Jaksa Agung PER-025/A/JA/11/2015 " ..
    "tentang Petunjuk Pelaksanaan Penegakan Hukum, Bantuan Hukum, Pertimbangan Hukum, " ..
    "Tindakan Hukum Lain dan Pelayanan Hukum di Bidang Perdata dan Tata Usaha Negara, " ..
    "sebagaimana telah diubah",
  priority = true,
  source = {
    "https://sippn.menpan.go.id/pelayanan-publik/8237336/kejaksaan-tinggi-nusa-tenggara-timur/pelayanan-bantuan-hukum-atau-pelayanan-hukum; http://kejari-taliabu.com/penyuluhan-hukum/pelayanan-hukum/",
    completion = "https://sippn.menpan.go.id/pelayanan-publik/8237336/kejaksaan-tinggi-nusa-tenggara-timur/pelayanan-bantuan-hukum-atau-pelayanan-hukum " ..
      "(standar pelayanan hukum Kejari Manggarai, Nusa Tenggara Timur, di SIPPN, tahun tidak tertera: " ..
      "layanan lisan langsung diberikan Jaksa Pengacara Negara, pelayanan hukum diselesaikan paling " ..
      "lama 30 hari dan dapat diperpanjang, SP-1 paling lama 7 hari setelah surat diterima)",
  },
  unconfirmed = { minutes = TRIED.minutes },
}

agency:service {
  id = "keadilan-restoratif",
  name = "Informasi Penghentian Penuntutan Berdasarkan Keadilan Restoratif",
  requirements = {
    "KTP korban, tersangka atau keluarganya",
    "Nomor atau identitas perkara yang sedang dalam tahap penuntutan",
  },
  procedure = {
    "Ambil nomor antrean dan sampaikan perkara yang dimaksud",
    "Petugas menjelaskan syarat keadilan restoratif (tindak pidana pertama, ancaman paling lama 5 tahun, kerugian terbatas, ada perdamaian)",
    "Permohonan diteruskan kepada Jaksa Penuntut Umum yang menangani perkara",
  },
  minutes = 15,
  completion = { at_counter = true },
  fee = 0,
  fee_note = FREE,
  product = "Informasi dan penerusan permohonan keadilan restoratif",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS .. "; Peraturan Kejaksaan 15/2020 tentang Penghentian Penuntutan " ..
    "Berdasarkan Keadilan Restoratif",
  priority = true,
  source = "Peraturan Kejaksaan 15/2020 Pasal 5 (syarat keadilan restoratif)",
  unconfirmed = {
    requirements = TRIED.requirements,
    procedure = TRIED.procedure,
    minutes = TRIED.minutes,
    completion = TRIED.completion,
  },
}

agency:service {
  id = "informasi-perkara",
  name = "Informasi Perkara Pidana dan Jadwal Sidang",
  requirements = {
    "KTP",
    "Nama tersangka/terdakwa atau nomor perkara",
  },
  procedure = {
    "Ambil nomor antrean dan sebutkan perkara yang ditanyakan",
    "Petugas memberi informasi tahapan perkara dan jadwal sidang yang terbuka untuk umum",
  },
  minutes = 10,
  completion = { at_counter = true },
  fee = 0,
  fee_note = FREE,
  product = "Informasi tahapan perkara dan jadwal sidang",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS .. "; UU 14/2008 tentang Keterbukaan Informasi Publik",
  priority = true,
  source = "https://lawinsider.com/id/contracts/kdZInPRqBsb (Standar Pelayanan Kejari Karanganyar, KEP-14/M.3.33/03/2023)",
  unconfirmed = {
    requirements = TRIED.requirements,
    minutes = TRIED.minutes,
    completion = TRIED.completion,
  },
}

agency:service {
  id = "informasi-publik",
  name = "Permohonan Informasi Publik (PPID)",
  requirements = {
    "KTP pemohon, atau akta badan hukum bagi lembaga",
    "Formulir permohonan informasi yang menyebut informasi yang diminta dan tujuannya",
  },
  procedure = {
    "Ambil nomor antrean dan isi formulir permohonan informasi",
    "Petugas mencatat permohonan dalam register dan memberi tanda terima",
    "PPID menjawab paling lama 10 hari kerja, dapat diperpanjang 7 hari kerja",
    "Jika tidak puas, pemohon dapat mengajukan keberatan kepada atasan PPID",
  },
  minutes = 10,
  completion = { days = 10, note = "dapat diperpanjang paling lama 7 hari kerja" },
  fee = 0,
  fee_note = FREE .. "; penggandaan dokumen menurut biaya riil",
  product = "Informasi publik atau surat pemberitahuan tertulis",
  complaint_channel = COMPLAINT .. "; keberatan kepada atasan PPID dan sengketa ke Komisi Informasi",
  legal_basis = BASIS .. "; UU 14/2008 tentang Keterbukaan Informasi Publik Pasal 22; " ..
    "Peraturan Komisi Informasi 1/2021 tentang Standar Layanan Informasi Publik; " ..
    "Peraturan Jaksa Agung PER-032/A/JA/08/2010 tentang Pelayanan Informasi Publik di Kejaksaan",
  priority = true,
  source = {
    "https://lawinsider.com/id/contracts/9YC6q6DEB9 (SOP pelayanan informasi Kejari Pinrang, dasar hukum); UU 14/2008 Pasal 22",
    completion = "UU 14/2008 Pasal 22 ayat (7) dan (8)",
  },
  unconfirmed = { minutes = TRIED.minutes },
}

agency:service {
  id = "lelang-barang-rampasan",
  name = "Informasi Lelang Barang Rampasan Negara",
  requirements = {
    "KTP",
    "Akun pada www.lelang.go.id untuk ikut lelang",
  },
  procedure = {
    "Ambil nomor antrean dan tanyakan objek lelang yang diumumkan",
    "Petugas menjelaskan jadwal, nilai limit, uang jaminan dan waktu lihat barang (open house)",
    "Peserta mendaftar dan menawar sendiri melalui www.lelang.go.id; lelang dilaksanakan oleh KPKNL",
  },
  minutes = 10,
  completion = { at_counter = true },
  fee = 0,
  fee_note = FREE .. "; peserta lelang menyetor uang jaminan sesuai pengumuman lelang",
  product = "Informasi lelang barang rampasan negara",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS .. "; Peraturan Jaksa Agung PER-002/A/JA/05/2017 tentang Pelelangan " ..
    "dan Penjualan Langsung Benda Sitaan atau Barang Rampasan Negara atau Benda Sita " ..
    "Eksekusi; peraturan Menteri Keuangan tentang petunjuk pelaksanaan lelang",
  priority = true,
  source = "https://sipeka-kejaripekanbaru.id/lelang; https://gatra.com/news-474306-hukum-hasil-lelang-barang-rampasan-kejari-batanghari-meningkat.html; https://www.balipost.com/?p=504984",
  unconfirmed = { minutes = TRIED.minutes, completion = TRIED.completion },
}

agency:service {
  id = "penyuluhan-hukum",
  name = "Permohonan Penerangan dan Penyuluhan Hukum (termasuk Jaksa Masuk Sekolah)",
  requirements = {
    "Surat permohonan dari sekolah, desa, instansi atau organisasi kemasyarakatan",
    "Usulan tema, tempat, waktu dan perkiraan jumlah peserta",
  },
  procedure = {
    "Ambil nomor antrean dan serahkan surat permohonan",
    "Permohonan diteruskan kepada Seksi Intelijen Kejaksaan Negeri Purbalingga",
    "Jadwal dan narasumber dikonfirmasi kepada pemohon",
  },
  minutes = 10,
  completion = { days = 7 },
  fee = 0,
  fee_note = FREE,
  product = "Jadwal kegiatan penerangan/penyuluhan hukum",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS .. " (UU 16/2004 Pasal 30 ayat (3) huruf a: peningkatan kesadaran hukum masyarakat)",
  priority = true,
  source = "https://radarcirebon.disway.id/read/26923/masyarakat-wajib-melek-hukum (fungsi peningkatan kesadaran hukum kejaksaan)",
  unconfirmed = {
    requirements = TRIED.requirements,
    procedure = TRIED.procedure,
    minutes = TRIED.minutes,
    completion = TRIED.completion,
  },
}

agency:service {
  id = "pengaduan",
  name = "Penerimaan Laporan dan Pengaduan Masyarakat",
  requirements = {
    "Fotokopi KTP pelapor",
    "Nomor telepon seluler yang dapat dihubungi",
    "Formulir pengaduan yang menguraikan kejadian atau perbuatan yang diadukan, dilengkapi dokumen dan bukti pendukung",
  },
  procedure = {
    "Ambil nomor antrean dan sampaikan laporan kepada petugas",
    "Petugas mencatat laporan dan memberi tanda terima",
    "Laporan ditelaah dan diteruskan ke bidang yang berwenang; pelapor diberi kabar tindak lanjut",
  },
  minutes = 60,                    -- 20 -> 60: jawaban paling lama 1 jam bila datang langsung
  completion = { at_counter = true, note = "tanda terima diberikan di loket; jawaban paling lama " ..
    "1 jam bila datang langsung, atau 7 hari kerja bila pengaduan disampaikan dengan surat" },
  fee = 0,
  fee_note = FREE,
  product = "Tanda terima laporan/pengaduan",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS .. "; Perpres 76/2013 tentang Pengelolaan Pengaduan Pelayanan Publik",
  priority = true,
  source = {
    "https://lawinsider.com/id/contracts/kdZInPRqBsb (Standar Pelayanan Kejari Karanganyar); Perpres 76/2013",
    requirements = PENGADUAN_SRC,
    minutes = PENGADUAN_SRC,
    completion = PENGADUAN_SRC,
  },
}

-- Kelompok prioritas didahulukan; setelah tiga panggilan prioritas berturut-
-- turut satu nomor reguler dipanggil agar antrean tilang tetap bergerak.
agency:route { priority_first = true, regular_after_priority = 3 }
