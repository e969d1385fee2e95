-- BPJS Kesehatan: di MPP Purbalingga melayani administrasi kepesertaan
-- Jaminan Kesehatan Nasional (JKN):
-- pendaftaran peserta mandiri dan bayi, perubahan data dan FKTP, perubahan
-- kelas dan segmen, penonaktifan, informasi tagihan, program cicilan
-- tunggakan (REHAB) dan pengaduan. Loket 18-19, nomor antrean G.
--
-- Sumber (diperiksa 2026-11):
--   - bpjs-kesehatan.go.id, halaman persyaratan kepesertaan PBPU/BP, bayi
--     baru lahir dan perubahan data (dikutip ulang oleh kompas.com
--     20/07/2023 dan kontan.co.id untuk pendaftaran bayi);
--   - Perpres 82/2018 tentang Jaminan Kesehatan jo. Perpres 75/2019,
--     Perpres 64/2020 (iuran; denda pelayanan 5% Pasal 42) dan
--     Perpres 59/2024 (KRIS);
--   - Peraturan BPJS Kesehatan 6/2018 (administrasi kepesertaan) dan
--     5/2018 (penagihan, pembayaran iuran dan denda);
--   - Perdir BPJS Kesehatan 54/2016 (tata laksana administrasi kepesertaan
--     dan pelayanan peserta).
-- Diperiksa ulang 2026-12: besaran iuran PBPU/BP Perpres 64/2020 Pasal 34
--   masih berlaku sesudah Perpres 59/2024 (bacakoran.co 2024, suara.com
--   19/10/2022), jadi fee_note iuran terkonfirmasi; perubahan FKTP berlaku
--   tanggal 1 bulan berikutnya (Humas BPJS Kesehatan di kompas.com
--   27/01/2022; kontan.co.id 11/01/2026 mengutip laman BPJS Kesehatan).
-- Dicari lagi 2026-12: pendaftaran PBPU/BP selesai di loket dengan nomor virtual
--   account (antaranews.com/berita/4212912, tata cara di kantor cabang; berita,
--   bukan standar terbit BPJS Kesehatan).
-- Dicari lagi 2026-12 (kompilasi standar pelayanan MPP, SIPPN): standar
--   pelayanan loket BPJS Kesehatan di MPP Banyuwangi (Jawa Timur,
--   spm.banyuwangikab.go.id) memberi "Perubahan Kelas Rawat: 15 menit" - standar
--   terbit kantor lain untuk layanan nasional yang sama, dipakai untuk minutes dan
--   completion perubahan kelas; pendaftaran bayi: kepesertaan bayi anak PPU langsung
--   aktif, bayi PBPU/BP aktif setelah iuran dibayar (panduan BPJS Kesehatan dalam
--   advertorial biz.kompas.com 15/11/2023).
-- Dicari lagi 2026-12 (SIPPN dan standar gerai BPJS Kesehatan di MPP mana pun, untuk
--   menit dan jangka waktu perubahan data dan reaktivasi): tidak ada sumber baru, tidak
--   ada nilai yang berubah.
-- Dicari lagi 2026-12: Perpres 82/2018 Pasal 42 ayat (3) s.t.d.d. Perpres 64/2020
--   (pasal.id: status aktif kembali setelah tunggakan dan iuran bulan berjalan dibayar)
--   untuk reaktivasi; Peraturan BPJS Kesehatan 6/2018 Pasal 48 s.t.d.d. Peraturan BPJS
--   Kesehatan 5/2020 (pasal.id: syarat dan aktivasi peserta PHK) untuk manfaat PHK;
--   keterangan kantor cabang BPJS Kesehatan (KC Purwokerto, Madiun, Pematangsiantar,
--   2025) tentang New REHAB 2.0 untuk persyaratan dan penyelesaian REHAB; standar loket
--   MPP Banyuwangi untuk dokumen autodebet pada perubahan kelas.
-- Dicari lagi 2026-12 (menit, jangka waktu perubahan data dan pengaduan): Pedoman Pelayanan
--   Prima BPJS Kesehatan (Perdir 13/2015; bab SLA penanganan keluhan tidak terbaca), Peraturan
--   BPJS Kesehatan 6/2018 (hanya pembukaan) dan penelitian tentang KC Semarang dan Boyolali:
--   tidak ada sumber baru, tidak ada nilai yang berubah.
-- Dicari lagi 2026-12 (jangka waktu perubahan data: standar loket MPP Banyuwangi, berita republika/kontan):
--   tidak ada sumber baru, tidak ada nilai yang berubah.
-- Belum terkonfirmasi dari sumber terbit: waktu layanan di loket (minutes)
-- semua layanan kecuali perubahan kelas adalah perkiraan; jangka waktu
-- penyelesaian (completion) semua layanan kecuali perubahan FKTP, perubahan
-- kelas, pendaftaran PBPU/BP, pendaftaran bayi, reaktivasi, REHAB dan manfaat PHK.
-- Semua layanan administrasi kepesertaan tidak dipungut biaya; iuran dibayar
-- lewat kanal pembayaran, bukan di loket.

-- Kanal pengaduan: Care Center 165 (24 jam, telepon), WhatsApp PANDAWA dan
-- aplikasi menurut daftar kanal BPJS Kesehatan di tirto.id; SP4N-LAPOR!
-- wajib bagi setiap penyelenggara (Perpres 76/2013).
local PENGADUAN_SUMBER = "https://tirto.id/daftar-call-center-bpjs-kesehatan-wa-hingga-telepon-g4MY; "
  .. "Perpres 76/2013 (SP4N-LAPOR!)"
local PENGADUAN = "BPJS Kesehatan Care Center 165; PANDAWA (WhatsApp 0811-8165-165); "
  .. "aplikasi Mobile JKN; loket BPJS Kesehatan di MPP; SP4N-LAPOR! (lapor.go.id)"
local DASAR = "UU 40/2004 tentang SJSN; UU 24/2011 tentang BPJS; Perpres 82/2018 "
  .. "tentang Jaminan Kesehatan s.t.d.t.d. Perpres 59/2024; Peraturan BPJS Kesehatan 6/2018"
local SUMBER = "https://www.bpjs-kesehatan.go.id (persyaratan kepesertaan); Perpres 82/2018 "
  .. "jo. Perpres 64/2020; Peraturan BPJS Kesehatan 6/2018"
-- Besaran iuran: Perpres 64/2020 Pasal 34; masih berlaku sesudah Perpres 59/2024 (KRIS)
-- menurut berita 2024 yang merinci iuran kelas I/II/III.
local IURAN_SUMBER = "Perpres 64/2020 Pasal 34; "
  .. "https://bacakoran.co/amp/25128/molor-penghapusan-sistem-kelas-i23-bpjs-kesehatan-2025-ini-iuran-terbarunya/16 "
  .. "(iuran kelas I Rp150.000, II Rp100.000, III Rp42.000 dengan Rp7.000 dibayar pemerintah, masih berlaku 2024); "
  .. "https://amp.suara.com/bisnis/2022/10/19/191914/dirut-bpjs-kesehatan-dukung-kenaikan-tarif-ina-cbgs?page=2"
local IURAN = "Layanan gratis. Iuran PBPU/BP per orang per bulan menurut Perpres 64/2020: "
  .. "Kelas I Rp150.000, Kelas II Rp100.000, Kelas III Rp42.000 (peserta membayar "
  .. "Rp35.000, selisih dibayar pemerintah); dibayar melalui bank/kanal mitra, bukan di loket"

-- Program New REHAB 2.0: keterangan kepala/pejabat kantor cabang BPJS Kesehatan (layanan nasional
-- yang sama di semua kantor cabang), dimuat media 2025.
local REHAB_SUMBER = "https://purwokerto.inews.id/amp/650970/luncurkan-new-rehab-20-cicilan-tunggakan-jkn-kini-lebih-mudah-dan-fleksibel/2 "
  .. "(BPJS Kesehatan KC Purwokerto, Jawa Tengah, 2025: PBPU/BP dengan tunggakan 4-24 bulan, cicilan paling "
  .. "lama 12 bulan, peserta yang sudah pindah segmen dengan sisa tunggakan paling sedikit 2 bulan, cicilan "
  .. "mulai Rp35.000 sampai 36 bulan, daftar lewat Mobile JKN atau kantor BPJS Kesehatan, setelah terdaftar "
  .. "peserta menerima simulasi dan jadwal cicilan); "
  .. "https://bangsaonline.com/berita/150459/punya-tunggakan-iuran-di-jkn-program-new-rehab-2-0-bantu-kembalikan-status-aktif-ini-penjelasannya "
  .. "(Kepala BPJS Kesehatan KC Madiun, Jawa Timur, 31/07/2025: pilih menu Rencana Pembayaran Bertahap, "
  .. "pastikan email dan PIN sesuai, pendaftaran berhasil tampil di aplikasi); "
  .. "https://idnmetro.com/bpjs-kesehatan-kenalkan-new-rehab-2-0-solusi-ringan-bagi-peserta-menunggak "
  .. "(BPJS Kesehatan KC Pematangsiantar, Sumatera Utara, 18/12/2025)"
-- Peserta PPU yang terkena PHK: Peraturan BPJS Kesehatan 6/2018 Pasal 48 sebagaimana diubah
-- Peraturan BPJS Kesehatan 5/2020 (teks pasal di pasal.id).
local PHK_SUMBER = "Peraturan BPJS Kesehatan 6/2018 Pasal 48 s.t.d.d. Peraturan BPJS Kesehatan 5/2020, "
  .. "https://pasal.id/peraturan/perban/peraturan-bpjs-kesehatan-no-5-tahun-2020/koreksi/8094923 "
  .. "(lapor ke kantor BPJS Kesehatan dengan KTP, KK dan surat pernyataan bermeterai belum bekerja - "
  .. "surat pernyataan hanya pada laporan pertama, lapor setiap bulan sampai bekerja lagi atau paling "
  .. "lama 6 bulan sejak PHK, aktivasi sejak melapor sampai akhir bulan berjalan)"

-- What was looked up for each fact the services below leave unconfirmed
-- (`mppctl facts bpjs-kes` lists them per service).
local TRIED = {
  minutes = "Perdir BPJS Kesehatan 54/2016 ditemukan (2026-12) tetapi kutipannya tidak sampai waktu " ..
    "layanan; standar kantor cabang Purwokerto tidak ditemukan. Dicari lagi 2026-12: 'janji layanan' " ..
    "BPJS Kesehatan, standar pelayanan MPP (Purbalingga, Banyumas, Kebumen, Cilacap), SIPPN " ..
    "(sippn.menpan.go.id), Panduan Layanan JKN-KIS (fliphtml5.com/tmlch/pwve) dan berita: tidak ada " ..
    "yang memuat waktu layanan loket dalam menit untuk layanan kepesertaan. Dicari lagi 2026-12: " ..
    "kompilasi standar pelayanan MPP (MPP Banyuwangi spm.banyuwangikab.go.id - hanya halaman " ..
    "'Perubahan Kelas Rawat' yang dapat dibaca; flipbook standar pelayanan MPP Pandeglang - hanya " ..
    "halaman TASPEN), SIPPN per layanan BPJS Kesehatan (tidak dapat dibaca) dan Perdir BPJS " ..
    "Kesehatan 54/2016 di scribd (hanya pembukaan terbaca): tidak ada angka menit untuk layanan ini. " ..
    "Dicari lagi 2026-12 (standar kantor BPJS Kesehatan mana pun di Indonesia): SIPPN kantor " ..
    "cabang BPJS Kesehatan, halaman lain standar MPP Banyuwangi (yang ada hanya 'Perubahan Kelas " ..
    "Rawat'), standar gerai di MPP lain dan bahan sosialisasi KC Balikpapan 2019 (scribd): tidak ada " ..
    "angka menit untuk layanan ini. Dicari lagi 2026-12 (kantor BPJS Kesehatan mana pun): halaman " ..
    "SIPPN dan standar gerai MPP dengan susunan 'Jangka Waktu Pelayanan/Persyaratan/Sistem, " ..
    "Mekanisme dan Prosedur' untuk pendaftaran, perubahan data, bayi dan reaktivasi, halaman MPP " ..
    "Banyuwangi lain (spm.banyuwangikab.go.id: yang terbaca untuk BPJS Kesehatan tetap hanya " ..
    "perubahan kelas rawat), flipbook MPP Pandeglang dan makalah 'Standar Pelayanan BPJS Cabang " ..
    "Medan' 2017 (pdfcoffee, hanya daftar isi): tidak ada angka menit untuk layanan ini. Dicari lagi " ..
    "2026-12: SIPPN dengan susunan 'Pengubahan Data Peserta JKN ... Jangka Waktu Pelayanan', standar " ..
    "loket BPJS Kesehatan di MPP lain (yang terbaca tetap hanya MPP Banyuwangi 'Perubahan Kelas Rawat' " ..
    "15 menit), 'waktu layanan administrasi kepesertaan di kantor cabang' dan materi sosialisasi KC " ..
    "Balikpapan 2019 (scribd): tidak ada angka menit untuk layanan ini. Dicari lagi 2026-12: Pedoman " ..
    "Pelayanan Prima BPJS Kesehatan (Perdir BPJS Kesehatan 13/2015, scribd, hanya daftar isi terbaca), penelitian " ..
    "tentang KC Semarang 2018 dan KC Boyolali (hanya abstrak) dan standar gerai MPP di Jawa Tengah: tidak ada " ..
    "angka menit.",
  completion = "Perdir BPJS Kesehatan 54/2016 dicari (2026-12) tetapi bagian jangka waktu tidak " ..
    "terbaca; dicari 2026-12 di laman-laman publik (standar pelayanan instansi ini di " ..
    "Purbalingga dan kabupaten Jawa Tengah lain, kata kunci 'jangka waktu penyelesaian'), " ..
    "pasal.id (Peraturan BPJS Kesehatan 6/2018 tidak tersedia per pasal) dan berita " ..
    "(okezone 2023 tentang aktif kembali setelah bayar tunggakan): tidak ada sumber yang " ..
    "menyatakan dokumen selesai di loket atau dalam sekian hari. Dicari lagi 2026-12: kompilasi " ..
    "standar pelayanan MPP (MPP Banyuwangi hanya memuat perubahan kelas rawat; MPP Pandeglang " ..
    "hanya TASPEN) dan SIPPN: tidak ada jangka waktu untuk layanan ini. Dicari lagi 2026-12: " ..
    "Perdir BPJS Kesehatan 54/2016 (scribd, 78 halaman, hanya pembukaan terbaca), SIPPN kantor " ..
    "cabang, standar gerai BPJS Kesehatan di MPP mana pun, berita kompas.com 05/09/2024 (Humas BPJS " ..
    "Kesehatan: aktif kembali setelah tunggakan dibayar, tanpa jangka waktu) dan Permensos 3/2026 " ..
    "(reaktivasi PBI lewat Dinas Sosial, bukan layanan loket ini): tidak ada jangka waktu terbit. " ..
    "Dicari lagi 2026-12 (kantor BPJS Kesehatan mana pun): SIPPN kantor cabang dan standar gerai " ..
    "MPP (Banyuwangi, Pandeglang) dengan kata 'jangka waktu penyelesaian'; yang ditemukan hanya " ..
    "standar instansi lain (Dinsos Garut dan Gunungkidul: rekomendasi reaktivasi PBI; Dinkes " ..
    "Kediri: pengaktifan PBPU Pemda 1 jam) dan blog ('aktif 1x24 jam'), bukan standar BPJS " ..
    "Kesehatan untuk layanan loket ini. Dicari lagi 2026-12: Perpres 64/2020 dan Peraturan BPJS " ..
    "Kesehatan 5/2020 di pasal.id (yang terbaca hanya Pasal 42 Perpres tentang aktif kembali setelah " ..
    "tunggakan dibayar dan Pasal 48 Peraturan BPJS tentang peserta PHK - dipakai untuk reaktivasi dan PHK), " ..
    "Peraturan BPJS Kesehatan 6/2018 di scribd (hanya pembukaan) dan SIPPN/standar MPP: tidak ada jangka " ..
    "waktu terbit untuk layanan ini.",
}

-- Dicari lagi 2026-12 untuk layanan yang paling banyak dipakai (bayi, perubahan
-- data, reaktivasi): apa yang dicari lagi dan mengapa belum mengonfirmasi.
local TRIED2 = " Dicari lagi 2026-12: berita tentang layanan kantor cabang/MPP (Purbalingga, KC Purwokerto), " ..
  "'langsung jadi'/'hari itu juga', SIPPN, panduan pendaftaran bayi (tribunnews Toraja 2023, Lampung 2020), " ..
  "perubahan data (kompas.com 14/10/2022) dan reaktivasi (kompas.com 05/09/2024, Humas BPJS Kesehatan; " ..
  "bangka.tribunnews 2024): semuanya memuat persyaratan dan kanal, tidak ada yang menyatakan hasilnya " ..
  "diserahkan di loket saat itu juga atau dalam sekian hari (blog 'aktif 1x24 jam' bukan sumber resmi). " ..
  "Dicari lagi 2026-12 (perubahan data): SIPPN dengan kata 'Pengubahan Data Peserta JKN', standar MPP " ..
  "untuk perubahan data, pasal perubahan data dalam Peraturan BPJS Kesehatan 6/2018 dan 5/2020 (pasal.id " ..
  "tidak memuat pasal ini, scribd hanya pembukaan) dan berita (kompas.com 14/10/2022, kontan.co.id " ..
  "11/05/2025: hanya persyaratan dan kanal; verifikasi 'real-time' hanya untuk ubah data di Mobile JKN): " ..
  "tidak ada jangka waktu terbit untuk perubahan data di loket. Dicari lagi 2026-12: Peraturan BPJS " ..
  "Kesehatan 6/2018 (scribd, 40 halaman, hanya pembukaan terbaca), Pedoman Pelayanan Prima (Perdir BPJS " ..
  "Kesehatan 13/2015, hanya daftar isi) dan keterangan kantor cabang di berita tentang perubahan data: tidak " ..
  "ada yang menyatakan kapan perubahan data selesai atau berlaku. Dicari lagi 2026-12: standar loket BPJS " ..
  "Kesehatan di MPP Banyuwangi dengan susunan komponennya untuk perubahan data (yang muncul tetap hanya " ..
  "'Perubahan Kelas Rawat') dan republika.co.id serta kontan.co.id (11/05/2025): hanya syarat dan kanal, tanpa " ..
  "jangka waktu."

local agency = mpp.agency {
  id = "bpjs-kes",
  name = "BPJS Kesehatan",
  short = "BPJS Kesehatan",
  kind = "BUMN",
  prefix = "G",
}

agency:service {
  id = "pendaftaran-pbpu",
  name = "Pendaftaran Peserta PBPU dan Bukan Pekerja (Mandiri)",
  requirements = {
    "KTP-el dan Kartu Keluarga (NIK terdaftar di Dukcapil); seluruh anggota keluarga dalam KK didaftarkan",
    "Nomor ponsel dan alamat email aktif",
    "Fotokopi buku tabungan peserta atau anggota keluarga dalam KK untuk pendebetan iuran (autodebet)",
    "Pilihan kelas perawatan dan Fasilitas Kesehatan Tingkat Pertama (FKTP)",
  },
  procedure = {
    "Ambil nomor antrean dan isi Formulir Daftar Isian Peserta (FDIP)",
    "Petugas memverifikasi NIK dan dokumen",
    "Peserta menerima nomor virtual account",
    "Iuran pertama dibayar paling cepat 14 hari setelah pendaftaran",
    "Kartu JKN aktif setelah iuran pertama dibayar (dapat ditampilkan di Mobile JKN)",
  },
  minutes = 20,
  completion = { at_counter = true, note = "kartu aktif setelah iuran pertama dibayar, paling cepat 14 hari sesudah pendaftaran" },
  fee = 0,
  fee_note = IURAN,
  product = "Nomor kepesertaan JKN dan virtual account iuran",
  complaint_channel = PENGADUAN,
  legal_basis = DASAR .. "; Perpres 64/2020 (iuran)",
  priority = true,
  source = {
    SUMBER,
    complaint_channel = PENGADUAN_SUMBER,
    fee_note = IURAN_SUMBER,
    -- Pendaftaran di kantor cabang: setelah FDIP diisi peserta diberi nomor virtual
    -- account (antaranews); iuran pertama 14-30 hari setelah pendaftaran (laman BPJS
    -- Kesehatan dikutip Tempo/jombangnews). Berita nasional, bukan standar terbit
    -- BPJS Kesehatan; penghubung instansi sebaiknya memastikannya dengan KC Purwokerto.
    completion = "https://antaranews.com/berita/4212912/cara-daftar-bpjs-kesehatan-secara-online-dan-offline "
      .. "(pendaftaran di kantor cabang: sesudah FDIP peserta diberi nomor virtual account); "
      .. "https://jombangnews.co.id/syarat-dan-cara-daftar-bpjs-kesehatan-mandiri-secara-online-2024-19548.html "
      .. "(Tempo, mengutip laman BPJS Kesehatan: iuran pertama paling cepat 14 dan paling lambat 30 hari setelah pendaftaran)",
  },
  unconfirmed = {
    minutes = TRIED.minutes .. " Dicari lagi 2026-12 (antaranews, kompas, tribunnews tentang pendaftaran " ..
      "di kantor cabang): tidak ada angka menit.",
  },
  -- Antrean daring (kebijakan MPP, bukan ketentuan instansi): pendaftaran dan perubahan data peserta.
  booking = { slot_minutes = 30, capacity = 3, days_ahead = 7, walkin_share = 50 },
}

agency:service {
  id = "pendaftaran-bayi",
  name = "Pendaftaran Bayi Baru Lahir",
  requirements = {
    "Kartu JKN ibu",
    "KTP-el orang tua",
    "Surat keterangan kelahiran dari bidan, rumah sakit, fasilitas kesehatan atau penolong persalinan",
    "Bayi berusia lebih dari 3 bulan wajib sudah memiliki NIK yang terdaftar di Dukcapil",
  },
  procedure = {
    "Ambil nomor antrean dan isi FDIP",
    "Petugas memverifikasi kepesertaan ibu dan surat kelahiran",
    "Bayi didaftarkan dalam keluarga peserta",
    "Daftarkan paling lambat 28 hari sejak lahir; bila lewat, iuran dihitung sejak lahir",
  },
  minutes = 15,
  -- Dicari lagi 2026-12: menurut ketentuan BPJS Kesehatan (advertorial biz.kompas.com 15/11/2023;
  -- radartasik.disway.id mengutip panduan yang sama) bayi anak ke-1 s.d. ke-3 peserta PPU langsung
  -- aktif saat didaftarkan dan bayi PBPU/BP aktif setelah iuran dibayar; tidak ada masa proses
  -- berhari-hari. Penghubung instansi sebaiknya memastikannya dengan KC Purwokerto.
  completion = { at_counter = true, note = "bayi anak ke-1 s.d. ke-3 peserta PPU langsung aktif; bayi "
    .. "PBPU/BP aktif setelah iuran bayi dibayar (paling lambat 28 hari sejak lahir)" },
  fee = 0,
  fee_note = "Layanan gratis; iuran bayi PBPU/BP sesuai kelas keluarga sejak lahir",
  product = "Nomor kepesertaan JKN bayi",
  complaint_channel = PENGADUAN,
  legal_basis = DASAR,
  priority = true,
  source = {
    "https://www.bpjs-kesehatan.go.id (dikutip kompas.com 20/07/2023; kontan.co.id); Perpres 82/2018",
    complaint_channel = PENGADUAN_SUMBER,
    completion = "http://biz.kompas.com/read/2023/11/15/155247628/orangtua-wajib-tahu-ini-prosedur-pendaftaran-program-jkn-untuk-bayi-baru-lahir "
      .. "(advertorial BPJS Kesehatan 15/11/2023: status bayi PBPU aktif setelah iuran dibayar, paling lambat 28 hari); "
      .. "https://radartasik.disway.id/read/658634/bayi-baru-lahir-wajib-didaftarkan-jkn-kis-ini-syarat-cara-dan-sanksi-bagi-peserta-pbi-ppu-pbpu-dan-bp/15 "
      .. "(bayi anak ke-1 s.d. ke-3 PPU langsung aktif mengikuti status orang tua)",
  },
  unconfirmed = {
    minutes = TRIED.minutes,
  },
}

agency:service {
  id = "tambah-anggota-ppu",
  name = "Penambahan Anggota Keluarga Peserta Pekerja Penerima Upah (PPU)",
  requirements = {
    "KTP-el peserta dan Kartu Keluarga terbaru",
    "Akta nikah (untuk suami/istri) atau akta kelahiran (untuk anak)",
    "Surat keterangan dari pemberi kerja atau data dari PIC badan usaha",
    "Untuk anggota keluarga tambahan (anak keempat dst., orang tua, mertua): persetujuan pemotongan iuran tambahan 1% dari gaji",
  },
  procedure = {
    "Ambil nomor antrean",
    "Petugas memeriksa hubungan keluarga sesuai KK dan dokumen",
    "Data anggota keluarga ditambahkan ke kepesertaan PPU",
  },
  minutes = 15,
  completion = { at_counter = true },
  fee = 0,
  product = "Kepesertaan JKN anggota keluarga",
  complaint_channel = PENGADUAN,
  legal_basis = DASAR,
  priority = true,
  source = {
    SUMBER .. "; Perpres 82/2018 (peserta PPU menanggung sampai 4 anggota keluarga)",
    complaint_channel = PENGADUAN_SUMBER,
  },
  unconfirmed = {
    minutes = TRIED.minutes,
    completion = TRIED.completion,
  },
}

agency:service {
  id = "perubahan-data",
  name = "Perubahan Data Identitas Peserta",
  requirements = {
    "Kartu JKN",
    "KTP-el dan Kartu Keluarga terbaru sesuai data Dukcapil",
    "Dokumen pendukung perubahan (mis. akta kelahiran untuk tanggal lahir, akta nikah untuk status)",
  },
  procedure = {
    "Ambil nomor antrean",
    "Petugas mencocokkan data dengan database kependudukan",
    "Data peserta diperbarui",
  },
  minutes = 10,
  completion = { at_counter = true },
  fee = 0,
  product = "Data kepesertaan JKN yang telah diperbarui",
  complaint_channel = PENGADUAN,
  legal_basis = DASAR,
  priority = true,
  source = { SUMBER, complaint_channel = PENGADUAN_SUMBER },
  unconfirmed = {
    minutes = TRIED.minutes,
    completion = TRIED.completion .. TRIED2,
  },
  -- Antrean daring (kebijakan MPP, bukan ketentuan instansi): pendaftaran dan perubahan data peserta.
  booking = { slot_minutes = 30, capacity = 3, days_ahead = 7, walkin_share = 50 },
}

agency:service {
  id = "pindah-fktp",
  name = "Perubahan Fasilitas Kesehatan Tingkat Pertama (FKTP)",
  requirements = {
    "Kartu JKN atau KTP-el",
    "Sudah terdaftar paling singkat 3 bulan di FKTP sebelumnya, kecuali pindah domisili atau tugas",
  },
  procedure = {
    "Ambil nomor antrean",
    "Pilih FKTP baru (Puskesmas, klinik pratama atau dokter praktik perorangan)",
    "Petugas mencatat perubahan; FKTP baru berlaku mulai bulan berikutnya",
  },
  minutes = 10,
  completion = { at_counter = true, note = "perubahan dicatat saat itu juga; FKTP baru berlaku mulai tanggal 1 bulan berikutnya" },
  fee = 0,
  product = "FKTP baru tercatat pada kepesertaan JKN",
  complaint_channel = PENGADUAN,
  legal_basis = DASAR,
  priority = true,
  source = {
    SUMBER .. "; Perpres 82/2018 (penggantian FKTP setelah 3 bulan)",
    complaint_channel = PENGADUAN_SUMBER,
    completion = "https://www.kompas.com/tren/read/2022/01/27/113000065/pindah-domisili-bagaimana-cara-ganti-faskes-pertama-bpjs-kesehatan- "
      .. "(Kepala Humas BPJS Kesehatan: diubah bulan ini, berlaku bulan depan); "
      .. "https://kiaton.kontan.co.id/news/pindah-faskes-bpjs-kesehatan-cek-aturan-3-bulan-dan-syaratnya "
      .. "(mengutip laman BPJS Kesehatan: berlaku tanggal 1 bulan berikutnya)",
  },
  unconfirmed = {
    minutes = TRIED.minutes,
  },
}

agency:service {
  id = "ubah-kelas",
  name = "Perubahan Kelas Rawat Peserta PBPU/BP",
  requirements = {
    "Kartu JKN dan KTP-el",
    "Fotokopi Kartu Keluarga; perubahan berlaku untuk seluruh anggota keluarga",
    "Sudah paling singkat 1 tahun di kelas sebelumnya",
    "Tidak memiliki tunggakan iuran",
    -- ditambah 2026-12 dari standar loket BPJS Kesehatan di MPP Banyuwangi (Jawa Timur)
    "Peserta PBPU yang belum memakai autodebet: fotokopi KTP pemilik rekening, fotokopi halaman depan "
      .. "buku rekening (BRI/BNI/BCA/Mandiri), riwayat transaksi 3 bulan terakhir bagi rekening BRI, dan "
      .. "meterai Rp10.000 untuk formulir autodebet yang ditandatangani pemilik rekening",
  },
  procedure = {
    "Ambil nomor antrean",
    "Petugas memeriksa status iuran dan masa kelas",
    "Kelas baru dicatat; iuran kelas baru berlaku mulai bulan berikutnya",
  },
  -- Diubah 2026-12 dari 10 menit: standar pelayanan loket BPJS Kesehatan di MPP
  -- Banyuwangi (Jawa Timur) menyebut jangka waktu perubahan kelas rawat 15 menit. Itu standar terbit
  -- kantor lain untuk layanan nasional yang sama, bukan standar KC Purwokerto.
  minutes = 15,
  completion = { at_counter = true },
  fee = 0,
  fee_note = IURAN,
  product = "Kelas rawat baru pada kepesertaan JKN",
  complaint_channel = PENGADUAN,
  legal_basis = DASAR .. "; Perpres 64/2020",
  priority = true,
  source = {
    SUMBER,
    complaint_channel = PENGADUAN_SUMBER,
    fee_note = IURAN_SUMBER,
    requirements = SUMBER .. "; https://spm.banyuwangikab.go.id?page=373 (standar pelayanan loket BPJS "
      .. "Kesehatan di MPP Banyuwangi, Jawa Timur, 'Perubahan Kelas Rawat': fotokopi KK, dan bagi peserta "
      .. "PBPU yang belum autodebet dokumen rekening dan meterai)",
    minutes = "https://spm.banyuwangikab.go.id?page=373 (standar pelayanan loket BPJS Kesehatan di MPP "
      .. "Banyuwangi, Jawa Timur, 'Perubahan Kelas Rawat': jangka waktu 15 menit, tanpa biaya, tahun tidak "
      .. "tercantum pada halaman, dibaca 2026-12)",
    completion = "https://spm.banyuwangikab.go.id?page=373 (MPP Banyuwangi, Jawa Timur: perubahan kelas "
      .. "rawat selesai dalam 15 menit di loket BPJS Kesehatan MPP)",
  },
}

agency:service {
  id = "pindah-segmen",
  name = "Perubahan Jenis Kepesertaan (Pindah Segmen)",
  requirements = {
    "Kartu JKN, KTP-el dan Kartu Keluarga",
    "Surat keterangan berhenti bekerja atau surat PHK (dari PPU ke PBPU)",
    "Surat keterangan kerja dari pemberi kerja baru (dari PBPU ke PPU)",
    "Fotokopi buku tabungan untuk autodebet bila menjadi PBPU",
  },
  procedure = {
    "Ambil nomor antrean",
    "Petugas memverifikasi status kerja dan data keluarga",
    "Segmen kepesertaan diubah; kartu tetap dengan nomor yang sama",
  },
  minutes = 15,
  completion = { at_counter = true },
  fee = 0,
  fee_note = IURAN,
  product = "Segmen kepesertaan JKN yang baru",
  complaint_channel = PENGADUAN,
  legal_basis = DASAR,
  priority = true,
  source = { SUMBER, complaint_channel = PENGADUAN_SUMBER, fee_note = IURAN_SUMBER },
  unconfirmed = {
    minutes = TRIED.minutes,
    completion = TRIED.completion,
  },
}

agency:service {
  id = "manfaat-phk",
  name = "Pencatatan Manfaat JKN bagi Peserta PPU yang Terkena PHK",
  requirements = {
    "KTP-el dan Kartu Keluarga",
    "Surat pernyataan bermeterai bahwa peserta belum bekerja (hanya pada laporan pertama)",
    "Bukti PHK: surat PHK dari pemberi kerja, bukti diterimanya PHK oleh pekerja, atau putusan/perjanjian bersama Pengadilan Hubungan Industrial",
    "Surat kuasa bila dilaporkan anggota keluarga dalam KK yang sama",
  },
  procedure = {
    "Ambil nomor antrean",
    "Petugas memverifikasi dokumen PHK",
    "Peserta dan keluarganya tetap memperoleh manfaat paling lama 6 bulan tanpa membayar iuran",
    "Peserta melapor lagi setiap bulan sampai bekerja kembali atau paling lama 6 bulan sejak PHK",
  },
  minutes = 15,
  completion = { at_counter = true, note = "status aktif sejak melapor sampai akhir bulan berjalan; "
    .. "lapor ulang setiap bulan" },
  fee = 0,
  product = "Status kepesertaan PPU korban PHK tetap aktif (paling lama 6 bulan)",
  complaint_channel = PENGADUAN,
  legal_basis = DASAR .. " (Pasal 27: manfaat 6 bulan bagi peserta PPU yang terkena PHK)",
  priority = true,
  source = {
    SUMBER .. "; Perpres 82/2018 Pasal 27",
    complaint_channel = PENGADUAN_SUMBER,
    requirements = PHK_SUMBER .. "; Perpres 82/2018 Pasal 27 (bukti PHK)",
    procedure = PHK_SUMBER,
    completion = PHK_SUMBER,
  },
  unconfirmed = {
    minutes = TRIED.minutes,
  },
}

agency:service {
  id = "nonaktif-meninggal",
  name = "Pelaporan Peserta Meninggal Dunia (Penonaktifan)",
  requirements = {
    "Akta kematian atau surat keterangan kematian",
    "Kartu JKN peserta yang meninggal",
    "Kartu Keluarga dan KTP-el pelapor",
  },
  procedure = {
    "Ambil nomor antrean",
    "Petugas memverifikasi dokumen kematian",
    "Kepesertaan dinonaktifkan; tagihan iuran PBPU anggota tersebut dihentikan",
  },
  minutes = 10,
  completion = { at_counter = true },
  fee = 0,
  product = "Kepesertaan peserta yang meninggal dinonaktifkan",
  complaint_channel = PENGADUAN,
  legal_basis = DASAR,
  priority = true,
  source = { SUMBER, complaint_channel = PENGADUAN_SUMBER },
  unconfirmed = {
    minutes = TRIED.minutes,
    completion = TRIED.completion,
  },
}

agency:service {
  id = "cetak-kartu",
  name = "Pencetakan Ulang Kartu JKN",
  requirements = {
    "KTP-el atau Kartu Keluarga",
    "Kartu lama bila rusak",
  },
  procedure = {
    "Ambil nomor antrean",
    "Petugas memverifikasi identitas",
    "Kartu dicetak, atau peserta dibantu menampilkan KIS digital di Mobile JKN",
  },
  minutes = 10,
  completion = { at_counter = true },
  fee = 0,
  product = "Kartu JKN/KIS cetak atau digital",
  complaint_channel = PENGADUAN,
  legal_basis = DASAR,
  priority = true,
  source = { SUMBER, complaint_channel = PENGADUAN_SUMBER },
  unconfirmed = {
    minutes = TRIED.minutes,
    completion = TRIED.completion,
  },
}

agency:service {
  id = "info-tagihan",
  name = "Informasi Status Kepesertaan dan Tagihan Iuran",
  requirements = {
    "Kartu JKN atau KTP-el",
  },
  procedure = {
    "Ambil nomor antrean",
    "Petugas memeriksa status kepesertaan, tagihan dan denda",
    "Peserta menerima rincian tagihan dan cara pembayaran",
  },
  minutes = 5,
  completion = { at_counter = true },
  fee = 0,
  product = "Informasi status kepesertaan dan rincian tagihan",
  complaint_channel = PENGADUAN,
  legal_basis = DASAR .. "; Peraturan BPJS Kesehatan 5/2018 (penagihan dan pembayaran iuran)",
  priority = true,
  source = { SUMBER .. "; Peraturan BPJS Kesehatan 5/2018", complaint_channel = PENGADUAN_SUMBER },
  unconfirmed = {
    minutes = TRIED.minutes,
    completion = TRIED.completion,
  },
}

agency:service {
  id = "reaktivasi",
  name = "Pengaktifan Kembali Kepesertaan (Reaktivasi)",
  requirements = {
    "Kartu JKN atau KTP-el",
    "Bukti pelunasan tunggakan iuran (paling banyak 24 bulan yang ditagih) dan iuran bulan berjalan",
  },
  procedure = {
    "Ambil nomor antrean",
    "Petugas menghitung tunggakan",
    "Peserta melunasi tunggakan melalui kanal pembayaran",
    "Status kepesertaan aktif kembali setelah pembayaran tercatat",
  },
  minutes = 10,
  -- Dicari lagi 2026-12: Perpres 82/2018 Pasal 42 ayat (3) s.t.d.d. Perpres 64/2020 - penghentian
  -- sementara berakhir dan status aktif kembali begitu tunggakan (paling banyak 24 bulan) dan iuran
  -- bulan berjalan dibayar; tidak ada masa proses setelah pembayaran tercatat.
  completion = { at_counter = true, note = "aktif kembali begitu tunggakan (paling banyak 24 bulan) "
    .. "dan iuran bulan berjalan dibayar" },
  fee = 0,
  fee_note = "Layanan gratis. Tunggakan iuran dibayar melalui kanal pembayaran; bila dalam 45 hari "
    .. "sejak aktif kembali peserta memperoleh rawat inap, berlaku denda pelayanan 5% dari "
    .. "perkiraan biaya paket INA-CBG x bulan tertunggak (paling banyak 12 bulan, paling tinggi "
    .. "Rp30.000.000) menurut Perpres 64/2020 Pasal 42",
  product = "Kepesertaan JKN aktif kembali",
  complaint_channel = PENGADUAN,
  legal_basis = DASAR .. "; Perpres 64/2020 Pasal 42",
  priority = true,
  source = {
    SUMBER .. "; Perpres 64/2020 Pasal 42 (dikutip kompas.com)",
    complaint_channel = PENGADUAN_SUMBER,
    completion = "Perpres 82/2018 Pasal 42 ayat (3) s.t.d.d. Perpres 64/2020, "
      .. "https://www.pasal.id/peraturan/perpres/perpres-no-64-tahun-2020/koreksi/9256924 (penghentian "
      .. "sementara penjaminan berakhir dan status kepesertaan aktif kembali bila tunggakan paling banyak "
      .. "24 bulan dan iuran bulan berjalan telah dibayar)",
  },
  unconfirmed = {
    minutes = TRIED.minutes,
  },
}

agency:service {
  id = "rehab",
  name = "Program Rencana Pembayaran Bertahap (REHAB) Tunggakan Iuran",
  -- Ditulis ulang 2026-12 menurut keterangan kantor cabang BPJS Kesehatan tentang New REHAB 2.0
  -- (KC Purwokerto, yang juga melayani Purbalingga; KC Madiun; KC Pematangsiantar; 2025).
  requirements = {
    "Peserta PBPU/BP dengan tunggakan iuran 4 sampai 24 bulan (cicilan paling lama 12 bulan)",
    "Peserta yang dulu PBPU/BP dan kini pindah segmen (mis. PPU/PBI) dengan sisa tunggakan paling sedikit "
      .. "2 bulan (cicilan mulai Rp35.000 per bulan, paling lama 36 bulan)",
    "Akun aplikasi Mobile JKN (atau datang ke kantor BPJS Kesehatan) untuk melihat rincian tunggakan dan "
      .. "memilih jumlah cicilan",
    "Email dan PIN akun Mobile JKN yang sesuai untuk konfirmasi pendaftaran",
  },
  procedure = {
    "Ambil nomor antrean",
    "Petugas membantu pendaftaran REHAB di Mobile JKN dan memilih lama cicilan",
    "Peserta membayar cicilan tunggakan per bulan bersama iuran berjalan",
    "Kepesertaan aktif kembali setelah seluruh cicilan lunas",
  },
  minutes = 15,
  completion = { at_counter = true, note = "rencana cicilan dan simulasi tagihan diterima saat pendaftaran "
    .. "berhasil; cicilan dibayar setiap bulan" },
  fee = 0,
  fee_note = "Layanan gratis; tunggakan dicicil sesuai rencana yang dipilih",
  product = "Rencana pembayaran bertahap tunggakan iuran",
  complaint_channel = PENGADUAN,
  legal_basis = DASAR .. "; Peraturan BPJS Kesehatan 5/2018",
  priority = true,
  source = {
    "https://www.bpjs-kesehatan.go.id (program REHAB); Peraturan BPJS Kesehatan 5/2018",
    complaint_channel = PENGADUAN_SUMBER,
    requirements = REHAB_SUMBER,
    completion = REHAB_SUMBER,
  },
  unconfirmed = {
    minutes = TRIED.minutes,
  },
}

agency:service {
  id = "pendaftaran-badan-usaha",
  name = "Pendaftaran Badan Usaha dan Pekerjanya (PPU)",
  requirements = {
    "Nomor Induk Berusaha (NIB) dari OSS",
    "Formulir registrasi badan usaha dan data pekerja beserta anggota keluarganya (NIK, gaji)",
    "NPWP badan usaha",
    "Surat kuasa bila diwakilkan",
  },
  procedure = {
    "Ambil nomor antrean",
    "Petugas memverifikasi data badan usaha dan pekerja",
    "Badan usaha menerima akun aplikasi e-Dabu dan virtual account iuran",
    "Iuran PPU 5% dari gaji (4% pemberi kerja, 1% pekerja) dibayar melalui bank",
  },
  minutes = 20,
  completion = { days = 1 },
  fee = 0,
  fee_note = "Layanan gratis; iuran PPU 5% dari upah (batas atas Rp12.000.000) dibayar melalui bank",
  product = "Kode badan usaha, akun e-Dabu dan nomor kepesertaan pekerja",
  complaint_channel = PENGADUAN,
  legal_basis = DASAR .. "; Perpres 64/2020",
  priority = false,
  source = {
    SUMBER .. "; Perpres 82/2018 Pasal 13 (kewajiban pemberi kerja)",
    complaint_channel = PENGADUAN_SUMBER,
  },
  unconfirmed = {
    minutes = TRIED.minutes,
    completion = TRIED.completion,
  },
}

agency:service {
  id = "pengaduan",
  name = "Layanan Informasi dan Pengaduan Peserta",
  requirements = {
    "Kartu JKN atau KTP-el",
    "Kronologi keluhan dan dokumen pendukung (mis. kuitansi, surat rujukan) bila ada",
  },
  procedure = {
    "Ambil nomor antrean",
    "Petugas mencatat pengaduan dan memberi nomor tiket",
    "Pengaduan ditindaklanjuti dan hasilnya disampaikan kepada peserta",
  },
  minutes = 15,
  completion = { days = 5 },
  fee = 0,
  product = "Jawaban atau penyelesaian pengaduan dengan nomor tiket",
  complaint_channel = PENGADUAN,
  legal_basis = DASAR .. "; UU 25/2009 tentang Pelayanan Publik",
  priority = true,
  source = { SUMBER, complaint_channel = PENGADUAN_SUMBER },
  unconfirmed = {
    minutes = TRIED.minutes,
    completion = TRIED.completion .. " Dicari lagi 2026-12: Pedoman Pelayanan Prima BPJS Kesehatan (Perdir " ..
      "BPJS Kesehatan 13/2015, https://id.scribd.com/document/360535020) memuat bab 'Service Level Agreement (SLA) " ..
      "Penanganan Keluhan' (hlm. 34), tetapi isinya tidak terbaca; penghubung instansi dapat memintanya.",
  },
}

-- Kelompok prioritas didahulukan, tetapi setelah tiga panggilan prioritas
-- berturut-turut satu antrean reguler dipanggil.
agency:route { priority_first = true, regular_after_priority = 3 }
