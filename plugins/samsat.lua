-- Samsat Purbalingga (Sistem Administrasi Manunggal Satu Atap): kantor
-- bersama Polres Purbalingga (registrasi dan identifikasi kendaraan,
-- PNBP STNK/TNKB/BPKB), UPPD Purbalingga Bapenda Provinsi Jawa Tengah
-- (PKB, BBNKB dan opsennya) dan PT Jasa Raharja (SWDKLLJ, santunan). Di MPP
-- gerai Samsat memakai loket 10-13 sebagai tahapan alur Samsat: loket 10
-- pendaftaran dan pengecekan berkas, loket 11 penetapan (korektor), loket
-- 12 kasir, loket 13 penyerahan STNK/SKPD/TNKB. Warga mengambil nomor untuk
-- layanan yang ia perlukan (dilayani di loket 10). Alur tahapan ditulis
-- dengan `next`: selesai di satu tahap, nomor yang sama otomatis masuk
-- antrean tahap berikutnya (pendaftaran -> penetapan -> kasir ->
-- penyerahan) tanpa dipindahkan petugas. Layanan tanpa pembayaran
-- (blokir data, informasi, permohonan pengurangan PKB, santunan Jasa
-- Raharja) selesai di loket 10. `kind` ditulis
-- "vertical" karena kantor ini dipimpin unsur Polri dan UPPD Provinsi,
-- bukan perangkat Kabupaten.
--
-- Sumber (diperiksa 2026-11, dilengkapi 2026-12):
--   * PP 76/2020 tentang Jenis dan Tarif PNBP Polri: STNK Rp100.000 (roda
--     2/3) / Rp200.000 (roda 4+), TNKB Rp60.000 / Rp100.000, BPKB
--     Rp225.000 / Rp375.000 (otomotif.kompas.com 10-01-2023; SIPPN
--     sippn.menpan.go.id/pelayanan-publik/8012538), surat mutasi ke luar
--     daerah Rp150.000 / Rp250.000 dan pengesahan STNK Rp25.000 / Rp50.000
--     (tarif PP 60/2016 Lampiran, setkab.go.id, yang dipertahankan PP 76/2020);
--   * PMK 16/PMK.010/2017 (SWDKLLJ): sepeda motor 50-250 cc Rp35.000; sedan,
--     jeep, pikap dan station wagon sampai 2.400 cc Rp143.000 (besaran dibaca
--     dari standar pelayanan BP2RD Kota Batam di SIPPN 8039588 yang mengutip
--     tarif nasional itu);
--   * Perda Provinsi Jawa Tengah 12/2023 tentang Pajak Daerah dan Retribusi
--     Daerah, berlaku 5-1-2025: PKB kepemilikan pertama 1,05% ditambah
--     opsen PKB kabupaten 66% (www.smpantura.news/otak-atik-pajak-motor);
--   * UU 1/2022 (HKPD): BBNKB hanya atas penyerahan pertama, sehingga balik
--     nama kendaraan bekas tidak lagi dikenai BBNKB;
--   * standar pelayanan UPPD Kota Pekalongan (Bapenda Prov. Jawa Tengah,
--     SK 973/014/2023) di SIPPN: mutasi masuk paling lama 50 menit
--     (pelayanan-publik/8221595) dan STNK rusak/hilang paling lama 40 menit
--     (pelayanan-publik/8221601), dihitung dari pemeriksaan berkas sampai
--     penyerahan STNK dan SKKP; standar UPPD Bapenda Jateng SK 973/192.g/2022
--     untuk ubah bentuk/alih fungsi paling lama 43 menit (pelayanan-publik/8208076);
--   * (2026-12) standar UPPD Bapenda Prov. Jawa Tengah lain di
--     SIPPN: perpanjangan STNK dan pajak 5 tahunan paling lama 40 menit
--     sampai STNK, SKKP dan TNKB diserahkan (pelayanan-publik/8297479, SK
--     Nomor 14 Tahun 2023, mengacu Pergub Jawa Tengah tentang NJKB) dan balik
--     nama kedua (BBNKB II) paling lama 45 menit (pelayanan-publik/8228501);
--   * persyaratan balik nama: ppid.semarangkota.go.id/kb/cara-balik-nama-
--     stnk-dan-bpkb-kendaraan-bermotor/; pengesahan tahunan: SIPPN
--     sippn.menpan.go.id/pelayanan-publik/8039735; Perpol 7/2021 tentang
--     Regident Ranmor (www.jogloabang.com).
--
--   * (2026-12) standar UPPD Kab. Demak (Bapenda Prov. Jawa Tengah, SK
--     014/2023) di SIPPN untuk pengesahan STNK dan pembayaran PKB tahunan:
--     syarat identitas, STNK, SKKP terakhir (dan DPWKP angkutan umum), paling
--     lama 8 menit sampai STNK dan SKKP diserahkan (pelayanan-publik/8220459);
--     standar pemblokiran UPPD Kab. Sragen: paling lama 50 menit
--     (pelayanan-publik/8206948).
--
-- Belum terkonfirmasi: waktu layanan di loket (minutes) dan jangka waktu
-- penyelesaian semua layanan kecuali pengesahan tahunan, pemblokiran, mutasi
-- masuk, perubahan alamat dalam
-- Jawa Tengah (standar mutasi masuk UPPD Kota Pekalongan berlaku untuk mutasi
-- dari dalam dan luar provinsi, dipakai 2026-12), STNK hilang/rusak, ubah
-- bentuk, STNK lima tahunan dan balik nama (standar Samsat Jawa Tengah untuk
-- kendaraan baru, mutasi keluar, TNKB, informasi, pengurangan PKB, santunan
-- dan tahapan loket tidak ditemukan; yang ditemukan hanya
-- standar Polda Sulawesi Selatan, UPTD Manado, BP2RD Batam, UPT Bangka dan
-- UPTD Kota Jambi); tarif PKB progresif
-- dan tarif BBNKB kendaraan baru Jawa Tengah (hanya tersedia dari rancangan
-- Perda); persyaratan pengurangan PKB, perubahan bentuk/warna, perubahan
-- alamat dan santunan Jasa Raharja yang berlaku di UPPD Purbalingga (persyaratan TNKB
-- hilang/rusak sejak 2026-12 mengikuti Perpol 7/2021 Pasal 60, dikutip idntimes.com dan kompas.tv).
-- Persyaratan pemblokiran (2026-12) mengikuti standar pemblokiran UPPD
-- Kab. Sragen (SIPPN 8206948, SK 554.2/796 Tahun 2022) dan UPPD Bapenda Jateng SK 014
-- (SIPPN 8220372); standar itu tidak memuat syarat pembukaan blokir.
-- Dicari lagi (2026-12, SIPPN dengan kalimat isi standar UPPD; lalu dengan judul
-- layanan, nama UPPD Jawa Tengah dan berita Samsat Purbalingga) tidak
-- menemukan standar Jawa Tengah untuk kendaraan baru, mutasi keluar
-- dan lainnya; apa yang dicari dicatat di `unconfirmed`. Dicari sekali lagi
-- 2026-12 (pasal Perpol 7/2021 untuk STNK ranmor baru dan mutasi keluar,
-- jawaban LaporGub! Bapenda Jateng, standar kantor Jasa Raharja): tidak ada
-- fakta baru yang terkonfirmasi.
-- Dicari lagi 2026-12 (persyaratan menurut peraturan nasional): Perpol 7/2021
-- untuk kendaraan baru, mutasi keluar, ganti mesin dan perubahan alamat; hanya
-- Pasal 57 (perubahan alamat, sebagian) yang terbaca, dipakai untuk
-- menyelaraskan daftar perubahan alamat tanpa mengonfirmasinya.
--
-- Ditambah 2026-12: tarif PNBP dirujuk ke PP 76/2020 Lampiran (dibaca lewat
-- otomotif.kompas.com dan forumlampung.com yang menyalin lampiran itu), tarif
-- surat mutasi ke PP 60/2016 Lampiran (setkab.go.id); persyaratan STNK lima
-- tahunan mengikuti Perpol 7/2021 Pasal 62 (sebelumnya blog kabaroto.com); kanal
-- pengaduan mengikuti standar UPPD Kota Pekalongan; tahap penetapan, kasir dan
-- penyerahan mengikuti alur standar UPPD Demak (sebelumnya hanya SIPPN BP2RD Kota
-- Batam). Ditandai `unconfirmed` karena hanya bersumber berita, blog atau kantor
-- di luar Jawa Tengah: persyaratan, alur dan produk kendaraan baru (Satlantas
-- Kutai Kartanegara, SIPPN DIY) dan mutasi keluar (berita); alur penggantian
-- TNKB; persyaratan, alur, biaya dan produk informasi pajak (SIPPN Batam);
-- biaya dan produk pengurangan PKB (berita); alur, biaya, produk dan kanal
-- santunan Jasa Raharja (berita); persyaratan tahapan loket dan produk kasir.

local BASIS = "UU 22/2009 tentang Lalu Lintas dan Angkutan Jalan; UU 1/2022 tentang " ..
  "HKPD; Perda Prov. Jawa Tengah 12/2023 tentang Pajak Daerah dan Retribusi Daerah; " ..
  "PP 76/2020 tentang PNBP Polri; Perpol 7/2021 tentang Regident Ranmor; " ..
  "Perpres 5/2015 tentang Penyelenggaraan Samsat"
local COMPLAINT = "Loket informasi dan pengaduan Samsat; LaporGub! Jawa Tengah " ..
  "(laporgub.jatengprov.go.id); SP4N-LAPOR! (www.lapor.go.id)"
local PNBP = "PP 76/2020 Lampiran (tarif PNBP Polri: STNK Rp100.000/Rp200.000, TNKB Rp60.000/Rp100.000, " ..
  "BPKB Rp225.000/Rp375.000 untuk roda 2-3/roda 4+), dibaca di " ..
  "https://otomotif.kompas.com/read/2023/01/10/081200315/catat-biaya-pembuatan-stnk-dan-bpkb-mobil-motor-tahun-2023 " ..
  "dan https://forumlampung.com/2022/09/ini-biaya-resmi-pengurusan-stnk.html (daftar tarif lampiran PP 76/2020)"
local PKB_NOTE = "PKB = 1,05% x dasar pengenaan (NJKB x bobot) ditambah opsen PKB 66% " ..
  "untuk Kabupaten Purbalingga, sesuai SKPD"
local SW_NOTE = "SWDKLLJ Jasa Raharja: sepeda motor 50-250 cc Rp35.000; sedan, jeep, pikap dan " ..
  "station wagon pribadi sampai 2.400 cc Rp143.000"
local PKB_SRC = "https://www.smpantura.news/otak-atik-pajak-motor/2 (Perda Jateng 12/2023)"

-- What was looked up for each fact the services below leave unconfirmed
-- (`mppctl facts samsat` lists them per service).
local TRIED = {
  requirements = "Persyaratan dari Perpol 7/2021 dan laman Samsat daerah lain; laman Samsat Jawa Tengah " ..
    "untuk layanan ini tidak terbaca (diperiksa 2026-11); dicari 2026-12 di laman-laman publik " ..
    "(SIPPN standar UPPD Bapenda Jateng, mis. UPPD Kota Pekalongan SK 973/014/2023): hanya standar " ..
    "mutasi masuk, STNK rusak/hilang dan ubah bentuk/alih fungsi yang ditemukan, bukan layanan ini. " ..
    "Dicari lagi 2026-12 (khusus persyaratan): SIPPN UPPD Bapenda Jateng dengan judul layanan " ..
    "(penggantian TNKB, mutasi/perubahan alamat dalam provinsi, pembebasan/keringanan PKB) - hanya " ..
    "pemblokiran (Sragen, SIPPN 8206948) dan pembatalan mutasi keluar (SIPPN 8297485) yang ditemukan; " ..
    "Perpol 7/2021 Pasal 60 (TNKB hilang/rusak) hanya terbaca sepotong lewat otomotif.kompas.com " ..
    "28/09/2023 tanpa daftar lengkap; santunan Jasa Raharja hanya dari berita (kompas.com 2022, " ..
    "detik.com 2021: daftar dokumen kecelakaan pesawat SJ182), bukan standar Jasa Raharja yang terbit.",
  procedure = "Alur dari Samsat daerah lain; alur UPPD Purbalingga tidak ditemukan (diperiksa " ..
    "2026-11; dicari lagi 2026-12 di SIPPN standar UPPD Bapenda Jateng tanpa hasil untuk layanan ini).",
  minutes = "Standar pelayanan Samsat Purbalingga/Bapenda Jateng untuk layanan ini tidak ditemukan; " ..
    "dicari 2026-12 di laman-laman publik (SIPPN standar UPPD Bapenda Jateng: hanya mutasi masuk " ..
    "50 menit dan STNK rusak/hilang 40 menit di UPPD Kota Pekalongan, ubah bentuk/alih fungsi 43 menit " ..
    "(SK 973/192.g/2022), lalu perpanjangan STNK 5 tahunan 40 menit (SIPPN 8297479) " ..
    "dan balik nama kedua 45 menit (SIPPN 8228501); standar waktu pengesahan tahunan " ..
    "yang ditemukan hanya milik Ditlantas Polda Sulsel, UPTD Manado dan BP2RD " ..
    "Batam, bukan kantor Jawa Tengah, jadi tidak dipakai).",
  completion = "Jangka waktu penyelesaian Samsat Jawa Tengah untuk layanan ini tidak ditemukan; dicari " ..
    "2026-12 di laman-laman publik (SIPPN standar UPPD Bapenda Jateng, laman bapenda.jatengprov.go.id, " ..
    "kata kunci 'jangka waktu' dan 'maksimal menit'): hanya mutasi masuk, STNK rusak/hilang, " ..
    "ubah bentuk/alih fungsi, perpanjangan STNK 5 tahunan dan balik nama kedua, serta standar di luar " ..
    "Jawa Tengah (Polda Sulsel, Manado, Batam).",
  fee_note = "Besaran BBNKB (tarif penyerahan pertama) dan opsennya untuk kasus ini tidak terbaca dari " ..
    "Perda Jateng 12/2023 (diperiksa 2026-11; dicari lagi 2026-12 tanpa hasil); PNBP dan SWDKLLJ " ..
    "sudah bersumber.",
}

-- Dicari lagi (2026-12): ditambahkan ke teks "tried".
TRIED.minutes = TRIED.minutes .. " Dicari lagi (2026-12): SIPPN dicari dengan kalimat isi " ..
  "standar UPPD (pengesahan STNK tahunan, mutasi keluar, kendaraan baru BBNKB I, 'Nomor 14 Tahun 2023'): " ..
  "standar Jawa Tengah yang muncul hanya pembatalan mutasi keluar (SIPPN 8297485); angka menit lain milik " ..
  "Ditlantas Polda Sulsel (pengesahan 30 menit), UPTD Bapenda Sulut di Manado (SIPPN 8149208), Bapenda " ..
  "Kalbar (SIPPN 8226164, 30 menit) dan Bapenda 8040832 (kendaraan baru 60 menit, provinsi tidak jelas), " ..
  "maka tidak dipakai; berita Samsat Purbalingga yang ditemukan hanya jadwal Samsat keliling (cintamobil.com 2020)."
TRIED.completion = TRIED.completion .. " Dicari lagi (2026-12): sama dengan pencarian menit " ..
  "(SIPPN dengan kalimat isi standar UPPD Jawa Tengah); tidak ada standar Jawa Tengah untuk layanan ini."

-- Dicari lagi (2026-12): ditambahkan ke teks "tried".
TRIED.minutes = TRIED.minutes .. " Dicari lagi (2026-12): standar UPPD Bapenda Jawa Tengah dicari " ..
  "dengan judul layanan (pendaftaran kendaraan bermotor pengesahan STNK tahunan, daftar ulang, BBN I " ..
  "kendaraan baru) dan nama UPPD (Kab. Sragen, Kota Pekalongan), serta berita Samsat Purbalingga: yang " ..
  "muncul hanya standar Ditlantas Polda Sulsel, Ditlantas Polda Aceh (BBN I, tanpa menit), BBNKB " ..
  "kendaraan baru 60 menit (SIPPN 8040832, provinsi tidak jelas) dan jadwal Samsat keliling Purbalingga " ..
  "(cintamobil.com 2020); tidak ada standar Jawa Tengah untuk layanan ini."
TRIED.completion = TRIED.completion .. " Dicari lagi (2026-12): sama dengan pencarian menit di atas " ..
  "(judul layanan dan nama UPPD Jawa Tengah); tidak ada standar Jawa Tengah untuk layanan ini."
TRIED.requirements = TRIED.requirements .. " Dicari lagi 2026-12 (peraturan nasional yang memuat " ..
  "persyaratan): pasal Perpol 7/2021 tentang perubahan alamat pemilik dan mutasi dalam provinsi tidak " ..
  "ditemukan (hanya ringkasan umum jogloabang.com); Pergub Jawa Tengah tentang pengurangan atau " ..
  "pembebasan PKB yang terbaca hanya konsiderans (Pergub 23/2022 tentang insentif PKB, scribd); syarat " ..
  "santunan Jasa Raharja hanya dari berita dan blog (kompas.com 2022, tempo.co 2021, kontan.co.id 2023, " ..
  "tribunnews 2014), bukan standar pelayanan atau peraturan Jasa Raharja (PMK 15 dan 16/PMK.010/2017 " ..
  "hanya mengatur besaran santunan dan iuran)."

-- Dicari lagi (2026-12): templat standar UPPD Bapenda Jateng di SIPPN (UPPD Demak SK 014/2023, UPPD Kota
-- Pekalongan SK 973/014/2023, "Nomor 14 Tahun 2023") untuk layanan lain; ditambahkan ke teks "tried".
TRIED.minutes = TRIED.minutes .. " Dicari lagi (2026-12): SIPPN dengan isi templat standar UPPD Bapenda " ..
  "Jateng (UPPD Demak SK 014/2023, UPPD Kota Pekalongan SK 973/014/2023, 'Nomor 14 Tahun 2023') untuk " ..
  "pendaftaran kendaraan baru (BBNKB I), mutasi keluar, penggantian TNKB dan informasi pajak: yang muncul " ..
  "hanya pengesahan tahunan UPPD Demak (8220459, dipakai untuk pajak tahunan), pemblokiran UPPD Sragen " ..
  "(8206948, dipakai untuk pemblokiran), pembatalan mutasi keluar (8297485, tanpa waktu yang terbaca) dan " ..
  "standar di luar Jawa Tengah (Bapenda Kalbar 8226164 dan 8226194, BP2RD Batam 8039735, 8040832)."
TRIED.completion = TRIED.completion .. " Dicari lagi (2026-12): sama dengan pencarian menit di atas " ..
  "(templat UPPD Demak dan Kota Pekalongan untuk kendaraan baru, mutasi keluar, TNKB); tidak ada standar " ..
  "Jawa Tengah untuk layanan ini."
TRIED.requirements = TRIED.requirements .. " Dicari lagi (2026-12): standar santunan Jasa Raharja (laman " ..
  "kantor cabang atau SIPPN) tidak ditemukan, yang terbaca hanya blog dan berita (linggapura.desa.id, " ..
  "tribunnews 2019); templat standar UPPD Jawa Tengah untuk pengurangan PKB dan perubahan alamat dalam " ..
  "provinsi tidak ditemukan."

-- Dicari lagi (2026-12): judul standar UPPD Bapenda Jateng di SIPPN ("Standar Pelayanan Pendaftaran
-- Kendaraan Bermotor Balik Nama Pertama", "Standar Pelayanan Mutasi Keluar", pengesahan 1 tahunan);
-- ditambahkan ke teks "tried".
TRIED.minutes = TRIED.minutes .. " Dicari lagi 2026-12: judul dan isi templat standar UPPD Bapenda " ..
  "Jateng di SIPPN untuk BBNKB I, mutasi keluar provinsi dan rincian waktu per tahap pengesahan 1 tahunan " ..
  "UPPD Demak (halaman 8220459 tidak muncul lagi, jadi rincian per tahapnya belum dapat diperiksa): yang muncul dari Jawa Tengah hanya pembatalan mutasi " ..
  "keluar (8297485) dan mutasi masuk KBM (8220758, layanan yang sudah bersumber); rincian menit per tahap " ..
  "(pendaftaran, pendataan, korektor) hanya ada di SOP penerbitan STNK Ditlantas/Korlantas Polri (123dok) dan " ..
  "standar UPTD Bapenda Sulut Manado (8149208), bukan standar Samsat Jawa Tengah, maka tidak dipakai."
TRIED.completion = TRIED.completion .. " Dicari lagi 2026-12: sama dengan pencarian menit di atas; tidak " ..
  "ada jangka waktu Samsat Jawa Tengah yang baru untuk layanan ini (BBNKB I 60 menit di SIPPN 8040832 " ..
  "tanpa nama provinsi, dan STNK 30 menit di SIPPN 8071168 milik UPT Bangka)."
-- Dicari sekali lagi 2026-12 (persyaratan dan waktu): ditambahkan ke teks "tried".
TRIED.requirements = TRIED.requirements .. " Dicari lagi 2026-12: pasal persyaratan Perpol 7/2021 (pasal.id, " ..
  "123dok, jogloabang.com), SIPPN UPPD Jawa Tengah untuk keringanan/pembebasan PKB dan standar kantor Jasa " ..
  "Raharja; yang terbaca hanya ringkasan umum Perpol, pasal pemeriksaan berkas ranmor baru dan STCK/TCKB, " ..
  "serta karya tulis dan blog tentang santunan - tidak dipakai."
TRIED.minutes = TRIED.minutes .. " Dicari lagi 2026-12: SIPPN UPPD Jawa Tengah dengan judul layanan dan " ..
  "nomor SK (973/014/2023) untuk BBNKB I, mutasi keluar dan pengesahan per tahap; yang muncul hanya " ..
  "standar yang sudah dipakai dan pembatalan mutasi keluar (8297485)."
TRIED.completion = TRIED.completion .. " Dicari lagi 2026-12: sama dengan pencarian menit di atas; tidak " ..
  "ada jangka waktu Samsat Jawa Tengah yang baru."
-- Sources of facts confirmed 2026-12 (see header).
local PEKALONGAN_MUTASI = "https://sippn.menpan.go.id/pelayanan-publik/8221595/badan-pengelola-pendapatan-daerah/" ..
  "standar-pelayanan-mutasi-masuk-dari-dalam-dan-luar-provinsi (standar pelayanan UPPD Kota Pekalongan, " ..
  "Bapenda Prov. Jawa Tengah, SK 973/014/2023)"
local PEKALONGAN_STNK = "https://sippn.menpan.go.id/pelayanan-publik/8221601/badan-pengelola-pendapatan-daerah/" ..
  "standar-pelayanan-pendaftaran-kendaraan-bermotor-stnk-rusak-atau-hilang (standar pelayanan UPPD Kota " ..
  "Pekalongan, Bapenda Prov. Jawa Tengah, SK 973/014/2023)"
local UBAH_BENTUK_SRC = "https://sippn.menpan.go.id/pelayanan-publik/8208076/badan-pengelola-pendapatan-daerah/" ..
  "standar-pelayanan-pendaftaran-kendaraan-bermotor-alih-fungsi-dan-ubah-bentuk (standar pelayanan UPPD Bapenda " ..
  "Prov. Jawa Tengah, SK 973/192.g/2022, dasar Perda Jateng 2/2011)"
local JATENG_5TAHUN = "https://sippn.menpan.go.id/pelayanan-publik/8297479/badan-pengelola-pendapatan-daerah/" ..
  "standar-pelayanan-perpanjangan-stnk-dan-pembayaran-pajak-5-tahunan (standar pelayanan UPPD Bapenda " ..
  "Prov. Jawa Tengah, SK Nomor 14 Tahun 2023, NJKB menurut Pergub Jawa Tengah)"
local JATENG_BBN2 = "https://sippn.menpan.go.id/pelayanan-publik/8228501/badan-pengelola-pendapatan-daerah/" ..
  "standar-pelayanan-pendaftaran-kendaraan-bermotor-balik-nama-kedua-bbnkb-ii (standar pelayanan UPPD " ..
  "Bapenda Prov. Jawa Tengah di SIPPN, templat sama dengan standar UPPD Kota Pekalongan 8221595/8221601)"
local BLOKIR_SRC = "https://sippn.menpan.go.id/pelayanan-publik/8206948/badan-pengelola-pendapatan-daerah/" ..
  "pemblokiran-kendaraan-bermotor (standar pelayanan UPPD Kab. Sragen, Bapenda Prov. Jawa Tengah, SK " ..
  "554.2/796 Tahun 2022); https://sippn.menpan.go.id/pelayanan-publik/8220372/badan-pengelola-pendapatan-" ..
  "daerah/pelayanan-pemblokiran-kendaraan-bermotor (standar UPPD Bapenda Jateng, SK 014, isi sama)"
-- Dicari 2026-12: standar UPPD Demak (Bapenda Prov. Jawa Tengah) di SIPPN untuk pengesahan STNK dan
-- pembayaran PKB tahunan: syarat identitas, STNK, SKKP terakhir (dan DPWKP angkutan umum), paling lama
-- 8 menit dari verifikasi persyaratan sampai STNK dan SKKP diserahkan.
local DEMAK_TAHUNAN = "https://sippn.menpan.go.id/pelayanan-publik/8220459/badan-pengelola-pendapatan-daerah/" ..
  "pengesahan-stnk-dan-pembayaran-pajak-kendaraan-bermotor-1-tahunan (standar pelayanan UPPD Kab. Demak, " ..
  "Bapenda Prov. Jawa Tengah, SK 014/2023)"
local SW_SRC = "PMK 16/PMK.010/2017 (tarif SWDKLLJ; besaran dibaca dari " ..
  "https://sippn.menpan.go.id/pelayanan-publik/8039588/badan-pengelolaan-pajak-dan-retribusi-daerah/" ..
  "pengesahaan-stnk-setiap-tahun-melalui-samsat-bergerak-)"
local PENGESAHAN_SRC = "PP 60/2016 Lampiran (PNBP pengesahan STNK Rp25.000/Rp50.000), " ..
  "https://setkab.go.id/inilah-tarif-penerbitan-sim-stnk-dan-mutasi-kendaraan-bermotor-per-6-januari-2017"

-- Kanal pengaduan UPPD Bapenda Prov. Jawa Tengah (berlaku untuk semua layanan Samsat), dari standar
-- pelayanan UPPD Kota Pekalongan.
local COMPLAINT_SRC = PEKALONGAN_MUTASI .. " (penanganan pengaduan: ruang pengaduan Samsat dan LaporGub!)"
-- Perpol 7/2021 Pasal 62: persyaratan penerbitan STNK perpanjangan (lima tahunan), dibaca 2026-12.
local PERPOL_PERPANJANGAN = "Perpol 7/2021 Pasal 62 (persyaratan penerbitan STNK perpanjangan; pasal disebut " ..
  "https://motorplus-online.com/read/254116048/surat-keterangan-bisa-jadi-pengganti-jika-bpkb-asli-tidak-ada-saat-bayar-pajak-5-tahunan " ..
  "2024); butirnya sama dengan Perkap 5/2012 Pasal 83 ayat (2) yang digantikannya " ..
  "(https://otomania.gridoto.com/read/242455228/bisakah-bayar-pajak-kendaraan-5-tahunan-di-samsat-lain-daerah-simak-penjelasan-berikut) " ..
  "dan dengan persyaratan perpanjangan STNK di laman Korlantas Polri (dikutip " ..
  "https://planetban.com/blog/syarat-perpanjang-stnk-dan-pembuatan-baru): formulir, tanda bukti identitas, STNK, " ..
  "BPKB atau bukti pengagunan/keterangan kreditur, keterangan buka blokir, hasil cek fisik"
local MUTASI_FEE_SRC = "PP 60/2016 Lampiran (penerbitan surat mutasi kendaraan bermotor ke luar daerah " ..
  "Rp150.000 roda 2/3, Rp250.000 roda 4+), " ..
  "https://setkab.go.id/inilah-tarif-penerbitan-sim-stnk-dan-mutasi-kendaraan-bermotor-per-6-januari-2017; " ..
  "tarif dipertahankan PP 76/2020 Lampiran"
-- Fakta yang hanya bersumber berita, blog atau standar di luar Jawa Tengah (dicari lagi 2026-12).
local OUTSIDE_JATENG_REQ = "Daftar ini dari laman Satlantas Polres Kutai Kartanegara (satlantaskukar.net) dan " ..
  "standar BBN I Pemda DIY di SIPPN (8012538), keduanya di luar Jawa Tengah, maka belum mengonfirmasi. Dicari " ..
  "2026-12: standar UPPD Bapenda Jateng untuk pendaftaran kendaraan baru (BBNKB I) di SIPPN tidak ditemukan; " ..
  "pasal Perpol 7/2021 tentang persyaratan STNK ranmor baru tidak terbaca (yang muncul hanya Pasal 34 dan 79 " ..
  "di pasal.id dan daftar Korlantas yang dikutip blog planetban.com secara terpotong)."
local OUTSIDE_JATENG_NEW = "Hanya bersumber laman Satlantas Polres Kutai Kartanegara dan standar BBN I Pemda " ..
  "DIY (SIPPN 8012538), di luar Jawa Tengah; standar UPPD Bapenda Jateng untuk kendaraan baru tidak ditemukan " ..
  "(dicari 2026-12 di SIPPN dengan judul dan isi templat UPPD)."
local NEWS_MUTASI_KELUAR = "Hanya bersumber berita (presnapress.com 2021, otomania.gridoto.com) dan daftar NTMC " ..
  "Polri yang dikutip berita (otomotif.kompas.com 2021, gridoto.com), bukan standar UPPD Bapenda Jateng atau " ..
  "pasal Perpol 7/2021. Dicari 2026-12: pasal Perpol 7/2021 tentang mutasi ke luar wilayah dan SIPPN UPPD Jawa " ..
  "Tengah (hanya pembatalan mutasi keluar, 8297485) - belum terkonfirmasi."
local BATAM_ONLY = "Hanya bersumber SIPPN 8039735 (pengesahan STNK setiap tahun, BP2RD Kota Batam, Kepulauan " ..
  "Riau), bukan kantor di Jawa Tengah. Dicari 2026-12: standar UPPD Bapenda Jateng (UPPD Demak 8220459, Kota " ..
  "Pekalongan 8221595/8221601) tidak merinci hal ini untuk loket ini; belum terkonfirmasi."
local NEWS_PKB_REDUCTION = "Hanya bersumber berita smpantura.news tentang Perda Jateng 12/2023 (tanpa pasal " ..
  "tentang pengurangan PKB); Pergub Jawa Tengah tentang pengurangan/pembebasan PKB hanya terbaca " ..
  "konsiderans (Pergub 23/2022, scribd) dan standar UPPD Jawa Tengah untuk layanan ini tidak ditemukan " ..
  "(dicari 2026-12); belum terkonfirmasi."
local NEWS_JASA_RAHARJA = "Hanya bersumber berita (malangtimes.com 2019 tentang SWDKLLJ) dan berita lain " ..
  "(kompas.com 2022, detik.com 2021, tribunnews), bukan standar pelayanan atau peraturan Jasa Raharja. " ..
  "Dicari 2026-12: laman kantor cabang atau SIPPN Jasa Raharja tidak ditemukan; UU 34/1964 dan PMK " ..
  "15-16/PMK.010/2017 hanya mengatur iuran dan besaran santunan; belum terkonfirmasi."
local TNKB_PROC_TRIED = "Alur penggantian TNKB hanya dari standar BBN I Pemda DIY (SIPPN 8012538, di luar " ..
  "Jawa Tengah); Perpol 7/2021 Pasal 60 yang dikutip idntimes.com dan kompas.tv hanya memuat persyaratan. " ..
  "Dicari 2026-12: standar UPPD Bapenda Jateng untuk penggantian TNKB di SIPPN tidak ditemukan."
local KASIR_PRODUCT_TRIED = "Standar UPPD Demak (SIPPN 8220459) menyebut pembayaran sebagai satu tahap tanpa " ..
  "menamai bukti yang diterbitkan kasir; sumber lama hanya SIPPN 8039735 (BP2RD Kota Batam, di luar Jawa " ..
  "Tengah). Dicari 2026-12; belum terkonfirmasi."
local STAGE_TRIED = "Persyaratan tahap ini adalah alur antarloket MPP; standar UPPD Bapenda Jateng (UPPD Demak " ..
  "8220459) hanya memuat persyaratan layanan di loket pendaftaran, dan sumber lama hanya SIPPN 8039735 (BP2RD " ..
  "Kota Batam, di luar Jawa Tengah). Dicari 2026-12; belum terkonfirmasi."

-- Dicari sekali lagi 2026-12: ditambahkan ke teks "tried" di atas.
OUTSIDE_JATENG_REQ = OUTSIDE_JATENG_REQ .. " Dicari lagi 2026-12: pasal Perpol 7/2021 tentang STNK ranmor " ..
  "baru dan SIPPN UPPD Jawa Tengah untuk BBNKB I; yang muncul hanya laman Satlantas di luar Jawa Tengah " ..
  "yang mengikuti Perkap 5/2012 (sudah dicabut) - tidak dipakai."
NEWS_MUTASI_KELUAR = NEWS_MUTASI_KELUAR .. " Dicari lagi 2026-12: SIPPN UPPD Jawa Tengah dan LaporGub! untuk " ..
  "mutasi keluar; yang muncul hanya pembatalan mutasi keluar (8297485) dan blog (tressnarenaldi.blogspot.com " ..
  "2022) - tidak dipakai."
NEWS_JASA_RAHARJA = NEWS_JASA_RAHARJA .. " Dicari lagi 2026-12: standar pelayanan kantor Jasa Raharja; yang " ..
  "muncul hanya karya tulis (123dok: USU 2014, Kantor Pelayanan Sragen) dan blog - tidak dipakai."
STAGE_TRIED = STAGE_TRIED .. " Dicari lagi 2026-12: rincian waktu dan syarat per tahap pada standar UPPD Jawa " ..
  "Tengah di SIPPN tidak ditemukan."
-- Dicari lagi 2026-12 (persyaratan menurut peraturan nasional, Perpol 7/2021): ditambahkan ke teks "tried".
OUTSIDE_JATENG_REQ = OUTSIDE_JATENG_REQ .. " Dicari lagi 2026-12 (Perpol 7/2021): pasal persyaratan penerbitan " ..
  "STNK ranmor baru tetap tidak terbaca, baik di pasal.id maupun dalam kutipan berita; daftar yang muncul " ..
  "masih isi Perkap 5/2012 Pasal 79 (sudah dicabut), jadi belum terkonfirmasi."
local MUTASI_KELUAR_REQ = NEWS_MUTASI_KELUAR .. " Dicari lagi 2026-12 (Perpol 7/2021): pasal mutasi ke luar wilayah " ..
  "tidak terbaca; yang dikutip hanya Pasal 29 (penggantian BPKB karena ganti pemilik, dengan surat pengantar mutasi " ..
  "bila keluar wilayah regident; gridoto.com 2025 mengutip Ditlantas Polda Jateng), yang tidak mencakup mutasi tanpa " ..
  "ganti pemilik."

local agency = mpp.agency {
  id = "samsat",
  name = "Samsat Purbalingga (Polres Purbalingga, UPPD Bapenda Prov. Jawa Tengah, Jasa Raharja)",
  short = "Samsat",
  kind = "vertical",
  prefix = "D",
  counters = { 10, 11, 12, 13 },
}

------------------------------------------------------------------------------
-- Layanan yang dipilih warga (pendaftaran di loket 10)
------------------------------------------------------------------------------

agency:service {
  id = "pkb-tahunan",
  name = "Pembayaran PKB dan Pengesahan STNK Tahunan",
  -- Diubah 2026-12 mengikuti standar UPPD Demak (Bapenda Jateng, SIPPN 8220459).
  requirements = {
    "Identitas diri yang sah sesuai STNK: KTP-el atau KITAS (badan: NIB, NPWP, surat tugas bercap dari " ..
      "pimpinan dan fotokopi KTP petugas; instansi pemerintah: surat tugas bercap dan fotokopi KTP petugas)",
    "STNK",
    "SKKP (notice pajak) terakhir",
    "Bukti pelunasan DPWKP (khusus angkutan umum pelat kuning)",
  },
  procedure = {
    "Ambil nomor antrean dan daftar di loket pendaftaran",
    "Petugas memeriksa STNK dan kesesuaian nama pemilik dengan KTP, lalu memasukkan data",
    "PKB dan SWDKLLJ ditetapkan; SKKP dicetak dan diverifikasi",
    "Bayar PKB dan SWDKLLJ di kasir",
    "STNK disahkan; STNK dan SKKP diserahkan di loket penyerahan",
  },
  minutes = 8,              -- UPPD Demak (Bapenda Jateng): paling lama 8 menit (dulu 15)
  completion = { at_counter = true, note = "paling lama 8 menit sejak persyaratan diverifikasi sampai STNK " ..
    "yang disahkan dan SKKP diserahkan" },
  fee = 25000,
  fee_note = "Pengesahan STNK (PNBP) Rp25.000 roda 2/3, Rp50.000 roda 4+; ditambah " ..
    PKB_NOTE .. "; " .. SW_NOTE .. "; denda bila terlambat",
  product = "STNK yang disahkan dan SKKP (Surat Ketetapan Kewajiban Pembayaran) PKB dan SWDKLLJ",
  complaint_channel = "Kotak saran Samsat; LaporGub! Jawa Tengah (laporgub.jatengprov.go.id); SP4N-LAPOR! " ..
    "(www.lapor.go.id); media sosial dan call center UPPD",
  legal_basis = BASIS .. "; UU 34/1964 tentang Dana Kecelakaan Lalu Lintas Jalan",
  priority = true,
  counters = { 10 },
  source = {
    "https://sippn.menpan.go.id/pelayanan-publik/8039735/badan-pengelolaan-pajak-dan-retribusi-daerah/pengesahan-stnk-setiap-tahun; " ..
      PKB_SRC .. "; " .. PNBP,
    requirements = DEMAK_TAHUNAN,
    procedure = DEMAK_TAHUNAN .. ": pendaftaran, pemeriksaan STNK dan KTP, entri data, penetapan PKB dan " ..
      "SWDKLLJ, cetak dan verifikasi SKKP, pembayaran, pengesahan STNK, penyerahan SKKP dan STNK",
    minutes = DEMAK_TAHUNAN .. ": paling lama 8 menit dari verifikasi persyaratan sampai penyerahan",
    completion = DEMAK_TAHUNAN .. ": STNK dan SKKP diserahkan paling lama 8 menit",
    product = DEMAK_TAHUNAN .. ": SKKP PKB/BBNKB, SWDKLLJ dan PNBP serta pengesahan pada STNK",
    complaint_channel = DEMAK_TAHUNAN .. ": kotak saran, LaporGub dan SP4N, media sosial, call center",
    fee_note = PENGESAHAN_SRC .. "; " .. PKB_SRC .. "; " .. SW_SRC,
    fee = PENGESAHAN_SRC,
  },
  next = "tahap-penetapan",
  -- Antrean daring (kebijakan MPP, bukan ketentuan instansi): pajak tahunan dan STNK lima tahunan.
  booking = { slot_minutes = 30, capacity = 6, days_ahead = 7, walkin_share = 50 },
}

agency:service {
  id = "stnk-lima-tahunan",
  name = "Perpanjangan STNK Lima Tahunan dan Penggantian TNKB",
  -- Persyaratan diubah 2026-12 mengikuti Perpol 7/2021 Pasal 62 (STNK perpanjangan); sebelumnya hanya
  -- bersumber blog kabaroto.com.
  requirements = {
    "Formulir permohonan yang diisi",
    "Tanda bukti identitas pemilik sesuai STNK (KTP-el); surat kuasa bermeterai bila diwakilkan",
    "STNK",
    "BPKB dan fotokopinya; bila BPKB dijaminkan: surat bukti pengagunan BPKB dan/atau surat keterangan " ..
      "bermeterai dari kreditur",
    "Surat keterangan buka blokir, bila STNK berstatus diblokir",
    "Hasil pemeriksaan cek fisik kendaraan (kendaraan dibawa)",
  },
  procedure = {
    "Cek fisik kendaraan oleh petugas Polri",
    "Ambil nomor antrean dan serahkan berkas di loket pendaftaran",
    "Penetapan PKB, SWDKLLJ dan PNBP",
    "Bayar di kasir",
    "Terima STNK baru, SKKP/SKPD dan TNKB baru di loket penyerahan",
  },
  minutes = 40,             -- UPPD Bapenda Jateng (5 tahunan): paling lama 40 menit (dulu 30)
  completion = { at_counter = true, note = "paling lama 40 menit sejak persyaratan diverifikasi sampai " ..
    "STNK, SKKP dan TNKB diserahkan" },
  fee = 160000,
  fee_note = "PNBP STNK Rp100.000 + TNKB Rp60.000 (roda 2/3) atau STNK Rp200.000 + " ..
    "TNKB Rp100.000 (roda 4+); ditambah " .. PKB_NOTE .. "; " .. SW_NOTE,
  product = "STNK baru (berlaku 5 tahun), TNKB baru dan SKKP",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS,
  priority = true,
  counters = { 10 },
  source = {
    "https://kabaroto.com/post/read/anti-ribet-berikut-panduan-lengkap-perpanjang-stnk-lima-tahunan; " .. PNBP,
    procedure = JATENG_5TAHUN .. ": cek fisik, pendaftaran, penetapan PKB dan SWDKLLJ, pembayaran, " ..
      "cetak STNK dan TNKB, penyerahan STNK, SKKP dan TNKB",
    minutes = JATENG_5TAHUN .. ": paling lama 40 menit dari verifikasi persyaratan sampai penyerahan",
    completion = JATENG_5TAHUN .. ": SKKP dan STNK diserahkan paling lama 40 menit",
    fee_note = PNBP .. "; " .. PKB_SRC .. "; " .. SW_SRC .. "; " .. JATENG_5TAHUN .. " (PNBP menurut PP 76/2020)",
    requirements = PERPOL_PERPANJANGAN,
    fee = PNBP,
    product = JATENG_5TAHUN .. ": STNK, SKKP dan TNKB diserahkan; UU 22/2009 Pasal 70 ayat (2) (STNK dan TNKB " ..
      "berlaku 5 tahun)",
    complaint_channel = COMPLAINT_SRC,
  },
  next = "tahap-penetapan",
  -- Antrean daring (kebijakan MPP, bukan ketentuan instansi): pajak tahunan dan STNK lima tahunan.
  booking = { slot_minutes = 30, capacity = 6, days_ahead = 7, walkin_share = 50 },
}

agency:service {
  id = "kendaraan-baru",
  name = "Pendaftaran Kendaraan Baru (BBNKB I)",
  requirements = {
    "Formulir permohonan registrasi kendaraan bermotor",
    "KTP-el pemilik (badan hukum: akta/NIB, NPWP, surat kuasa berkop dan bermeterai)",
    "Faktur pembelian dan sertifikat NIK/SUT/SRUT dari APM atau dealer",
    "Hasil cek fisik kendaraan",
  },
  procedure = {
    "Dealer atau pemilik mendaftarkan berkas di loket pendaftaran",
    "Penetapan BBNKB, PKB, SWDKLLJ dan PNBP",
    "Bayar di kasir",
    "Terima STNK dan SKPD; TNKB sesuai jadwal; BPKB diterbitkan Satlantas Polres",
  },
  minutes = 30,
  completion = { days = 1 },
  fee = 160000,
  fee_note = "PNBP STNK + TNKB Rp160.000 (roda 2/3) atau Rp300.000 (roda 4+), BPKB Rp225.000 / " ..
    "Rp375.000; BBNKB penyerahan pertama x nilai jual kendaraan ditambah opsen 66%, sesuai " ..
    "Perda Jateng 12/2023; " .. PKB_NOTE .. "; " .. SW_NOTE,
  product = "STNK, TNKB, SKPD (BPKB menyusul dari Satlantas)",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS,
  priority = true,
  counters = { 10 },
  source = {
    "http://satlantaskukar.net/tentang-stnk (persyaratan STNK ranmor baru); " .. PNBP ..
      "; https://sippn.menpan.go.id/pelayanan-publik/8012538/pemerintah-provinsi-di-yogyakarta/pendaftaran-kendaraan-baru--bn-1",
    fee = PNBP,
    complaint_channel = COMPLAINT_SRC,
  },
  unconfirmed = {
    minutes = TRIED.minutes,
    completion = TRIED.completion,
    fee_note = TRIED.fee_note,
    requirements = OUTSIDE_JATENG_REQ,
    procedure = OUTSIDE_JATENG_NEW,
    product = OUTSIDE_JATENG_NEW,
  },
  next = "tahap-penetapan",
}

agency:service {
  id = "balik-nama",
  name = "Balik Nama Kendaraan Bekas (Ganti Kepemilikan dalam Jawa Tengah)",
  requirements = {
    "KTP-el pemilik baru, asli dan fotokopi",
    "STNK asli dan fotokopi",
    "BPKB asli dan fotokopi",
    "Kuitansi pembelian bermeterai Rp10.000 (atau akta hibah/waris)",
    "Hasil cek fisik kendaraan",
  },
  procedure = {
    "Cek fisik kendaraan",
    "Ambil nomor antrean dan serahkan berkas di loket pendaftaran",
    "Penetapan PKB, SWDKLLJ dan PNBP",
    "Bayar di kasir",
    "Terima STNK atas nama pemilik baru; BPKB diproses balik nama di Satlantas Polres",
  },
  minutes = 45,             -- UPPD Bapenda Jateng (BBNKB II): paling lama 45 menit (dulu 30)
  completion = { at_counter = true, note = "STNK, SKKP dan TNKB paling lama 45 menit sejak pendaftaran; " ..
    "BPKB atas nama pemilik baru diterbitkan terpisah oleh Satlantas Polres" },
  fee = 100000,
  fee_note = "BBNKB tidak dipungut atas penyerahan kedua dan seterusnya (UU 1/2022). PNBP: " ..
    "STNK Rp100.000 / Rp200.000, BPKB ganti pemilik Rp225.000 / Rp375.000, TNKB bila " ..
    "diganti Rp60.000 / Rp100.000 (roda 2/3 / roda 4+); PKB yang terutang dilunasi",
  product = "STNK atas nama pemilik baru dan SKPD",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS,
  priority = true,
  counters = { 10 },
  source = {
    "https://ppid.semarangkota.go.id/kb/cara-balik-nama-stnk-dan-bpkb-kendaraan-bermotor/; " .. PNBP,
    minutes = JATENG_BBN2 .. ": paling lama 45 menit dari pendaftaran sampai dokumen diarsipkan",
    completion = JATENG_BBN2 .. ": SKKP, STNK dan TNKB diserahkan dalam batas 45 menit; BPKB: " ..
      "https://ppid.semarangkota.go.id/kb/cara-balik-nama-stnk-dan-bpkb-kendaraan-bermotor/ (balik nama BPKB sesudah STNK)",
  },
  next = "tahap-penetapan",
  -- Urutan kunjungan (tests/journeys/balik-nama-kendaraan.txt): balik nama
  --   memerlukan KTP-el pemilik baru, STNK dan BPKB:
  --   https://ppid.semarangkota.go.id/kb/cara-balik-nama-stnk-dan-bpkb-kendaraan-bermotor/;
  --   pembeli yang belum ber-KTP-el merekam KTP-el di Dukcapil lebih dulu.
  needs = { "ktp-el", "stnk", "bpkb" },
  gives = { "stnk", "bpkb" },
}

agency:service {
  id = "mutasi-keluar",
  name = "Mutasi Kendaraan ke Luar Provinsi (Cabut Berkas)",
  requirements = {
    "KTP-el pemilik (dan KTP-el pembeli bila kendaraan sudah dijual)",
    "STNK asli dan fotokopi",
    "BPKB asli dan fotokopi",
    "Kuitansi pembelian bermeterai bila sudah berganti pemilik",
    "Hasil cek fisik kendaraan",
  },
  procedure = {
    "Cek fisik kendaraan",
    "Daftar di loket pendaftaran; PKB yang terutang ditetapkan",
    "Bayar PKB terutang dan PNBP mutasi di kasir",
    "Berkas mutasi diproses Satlantas Polres dan diserahkan dalam amplop tertutup untuk Samsat tujuan",
  },
  minutes = 30,
  completion = { days = 1 },
  fee = 150000,
  fee_note = "PNBP surat mutasi ke luar daerah Rp150.000 (roda 2/3) atau Rp250.000 (roda 4+); " ..
    "PKB sampai masa pajak berjalan dilunasi",
  product = "Berkas mutasi kendaraan (surat keterangan mutasi) dan SKPD",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS,
  priority = true,
  counters = { 10 },
  source = {
    "https://www.presnapress.com/otomotif/2021/10/25/ngin-balik-nama-stnk-dan-bpkb-begini-prosedur-dan-syarat-dokumennya?page=2; " ..
      "https://otomania.gridoto.com/amp/read/241177585/biaya-pengurusan-surat-kendaraan-naik-",
    fee = MUTASI_FEE_SRC,
    fee_note = MUTASI_FEE_SRC,
    complaint_channel = COMPLAINT_SRC,
  },
  unconfirmed = {
    minutes = TRIED.minutes,
    completion = TRIED.completion,
    requirements = MUTASI_KELUAR_REQ,
    procedure = NEWS_MUTASI_KELUAR,
    product = NEWS_MUTASI_KELUAR,
  },
  next = "tahap-penetapan",
}

agency:service {
  id = "mutasi-masuk",
  name = "Mutasi Kendaraan Masuk dari Luar Provinsi",
  requirements = {
    "Berkas/dokumen kendaraan dari Samsat asal (amplop tertutup) yang sudah diregistrasi Satlantas/Ditlantas",
    "KTP-el pemilik dengan alamat Kabupaten Purbalingga (badan: akta pendirian, keterangan domisili, NPWP, NIB, surat tugas bercap)",
    "STNK, SKKP (notice pajak) terakhir, BPKB dan surat keterangan fiskal dari Samsat asal",
    "Hasil cek fisik kendaraan",
    "Formulir SPOPD yang diisi dan ditandatangani",
    "Kuitansi pembelian bermeterai bila kendaraan sudah berganti pemilik (hibah/lelang: surat atau risalahnya)",
    "Rekomendasi/izin angkutan dari instansi perhubungan bila kendaraan angkutan umum",
  },
  procedure = {
    "Berkas diperiksa dan didaftarkan di bagian BPKB Satlantas lalu di loket pendaftaran Samsat",
    "Penetapan PKB, SWDKLLJ dan PNBP",
    "Bayar di kasir",
    "Terima STNK dengan nomor registrasi Purbalingga (R); TNKB sesuai jadwal",
  },
  minutes = 50,             -- UPPD Kota Pekalongan: paling lama 50 menit (dulu 30)
  completion = { at_counter = true, note = "paling lama 50 menit sejak berkas diperiksa sampai dokumen kendaraan " ..
    "diserahkan, bila jaringan daring dan listrik tidak terganggu; TNKB dapat menyusul sesuai jadwal" },
  fee = 160000,
  fee_note = "PNBP STNK + TNKB Rp160.000 (roda 2/3) atau Rp300.000 (roda 4+); BPKB " ..
    "Rp225.000 / Rp375.000; " .. PKB_NOTE .. "; " .. SW_NOTE,
  product = "STNK, TNKB dan SKPD dengan nomor registrasi Purbalingga",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS,
  priority = true,
  counters = { 10 },
  source = {
    "https://web-dev.laporgub.jatengprov.go.id/detail/LGWP63427591.html (SOP mutasi masuk Bapenda Jateng); " .. PNBP,
    requirements = PEKALONGAN_MUTASI .. "; https://web-dev.laporgub.jatengprov.go.id/detail/LGWP63427591.html",
    minutes = PEKALONGAN_MUTASI .. ": paling lama 50 menit dari pemeriksaan berkas sampai penyerahan",
    completion = PEKALONGAN_MUTASI .. ": berkas kendaraan diserahkan paling lama 50 menit, produk STNK, SKKP, TNKB, stiker SWDKLLJ",
    product = PEKALONGAN_MUTASI,
    complaint_channel = PEKALONGAN_MUTASI .. " (ruang pengaduan Samsat, LaporGub!)",
    fee_note = PNBP .. "; " .. PKB_SRC .. "; " .. SW_SRC,
  },
  next = "tahap-penetapan",
}

agency:service {
  id = "pindah-alamat-jateng",
  name = "Perubahan Alamat Pemilik antar-Kabupaten/Kota dalam Jawa Tengah",
  -- 2026-12: diselaraskan dengan Perpol 7/2021 Pasal 57 ayat (2)-(3) (perubahan data STNK karena pindah
  -- alamat, dikutip kompas.com dan haijakarta.id Desember 2024): ditambah formulir, surat kuasa, akta
  -- perubahan alamat badan hukum dan tanda bukti pendaftaran BPKB. Daftar ayat (3) (pindah ke luar wilayah
  -- regident) belum terbaca lengkap, maka persyaratan tetap `unconfirmed`.
  requirements = {
    "Formulir permohonan perubahan data STNK",
    "KTP-el pemilik dengan alamat baru (badan hukum: akta perubahan alamat)",
    "Surat kuasa bermeterai dan fotokopi KTP penerima kuasa, bila diwakilkan",
    "STNK asli",
    "BPKB asli dan tanda bukti pendaftaran perubahan data BPKB",
    "Hasil cek fisik kendaraan",
  },
  procedure = {
    "Cek fisik kendaraan",
    "Daftar di loket pendaftaran",
    "Penetapan PKB dan PNBP",
    "Bayar di kasir",
    "Terima STNK dengan alamat baru; TNKB diganti bila kode wilayah berubah",
  },
  -- Standar UPPD Kota Pekalongan (SIPPN 8221595) berjudul mutasi masuk "dari dalam dan luar provinsi":
  -- pindah alamat antar-kabupaten/kota dalam Jawa Tengah adalah mutasi masuk dari dalam provinsi di
  -- Samsat tujuan, paling lama 50 menit (dulu 30, tanpa sumber).
  minutes = 50,
  completion = { at_counter = true, note = "paling lama 50 menit sejak berkas diperiksa sampai STNK " ..
    "diserahkan, bila jaringan daring dan listrik tidak terganggu; TNKB dapat menyusul sesuai jadwal" },
  fee = 100000,
  fee_note = "PNBP STNK Rp100.000 / Rp200.000; TNKB Rp60.000 / Rp100.000 bila nomor berubah " ..
    "(roda 2/3 / roda 4+)",
  product = "STNK dengan alamat baru (dan TNKB bila berubah)",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS,
  priority = true,
  counters = { 10 },
  source = {
    "Perpol 7/2021 (registrasi perubahan identitas ranmor dan pemilik), " ..
      "https://www.jogloabang.com/hukum/peraturan-kepolisian-7-2021-registrasi-identifikasi-kendaraan-bermotor; " .. PNBP,
    minutes = PEKALONGAN_MUTASI .. ": mutasi masuk dari dalam dan luar provinsi paling lama 50 menit dari " ..
      "pemeriksaan berkas sampai penyerahan",
    completion = PEKALONGAN_MUTASI .. ": mutasi masuk dari dalam dan luar provinsi, dokumen kendaraan " ..
      "diserahkan paling lama 50 menit",
  },
  unconfirmed = {
    requirements = TRIED.requirements .. " Dicari lagi 2026-12: standar mutasi masuk UPPD Kota " ..
      "Pekalongan (SIPPN 8221595) mencakup mutasi dari dalam provinsi, tetapi daftar syaratnya yang " ..
      "terbaca dipakai untuk mutasi dari luar provinsi (berkas amplop tertutup dari Samsat asal); syarat " ..
      "khusus mutasi dalam Jawa Tengah belum dapat dipisahkan dari laman itu. Dicari lagi 2026-12 (Perpol " ..
      "7/2021): Pasal 57 ayat (2) untuk pindah alamat dalam wilayah regident terbaca lengkap (kompas.com dan " ..
      "haijakarta.id, Desember 2024, Kasi STNK Ditlantas Polda Jateng), tetapi ayat (3) untuk pindah ke luar " ..
      "wilayah regident (kode pelat lain, mis. dari H atau G ke R) hanya terbaca butir identitasnya; layanan ini " ..
      "mencakup kedua keadaan, jadi belum terkonfirmasi.",
  },
  next = "tahap-penetapan",
}

agency:service {
  id = "stnk-hilang-rusak",
  name = "Penggantian STNK Hilang atau Rusak",
  requirements = {
    "KTP-el pemilik sesuai STNK (badan/instansi: akta pendirian, keterangan domisili, surat tugas bercap)",
    "STNK yang rusak, atau surat laporan kehilangan dari kepolisian dan bukti iklan di media (jika hilang)",
    "BPKB",
    "Hasil cek fisik kendaraan",
    "Formulir SPOPD yang diisi dan ditandatangani",
    "Surat keterangan fiskal pajak daerah",
    "Bukti pelunasan DPWKP (khusus angkutan umum pelat kuning)",
  },
  procedure = {
    "Cek fisik kendaraan",
    "Daftar di loket pendaftaran; data diverifikasi dengan BPKB",
    "Bayar PNBP STNK (dan PKB bila jatuh tempo) di kasir",
    "Terima STNK pengganti",
  },
  minutes = 40,             -- UPPD Kota Pekalongan: paling lama 40 menit (dulu 30)
  completion = { at_counter = true, note = "paling lama 40 menit sejak berkas diperiksa sampai STNK dan SKKP " ..
    "diserahkan, bila jaringan daring dan listrik tidak terganggu" },
  fee = 100000,
  fee_note = "PNBP STNK Rp100.000 (roda 2/3) atau Rp200.000 (roda 4+)",
  product = "STNK pengganti",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS,
  priority = true,
  counters = { 10 },
  source = {
    "Perpol 7/2021 (registrasi ranmor); " .. PNBP,
    requirements = PEKALONGAN_STNK,
    minutes = PEKALONGAN_STNK .. ": paling lama 40 menit dari pemeriksaan berkas sampai penyerahan",
    completion = PEKALONGAN_STNK .. ": STNK dan SKKP diserahkan paling lama 40 menit",
  },
  next = "tahap-penetapan",
}

agency:service {
  id = "tnkb-hilang-rusak",
  name = "Penggantian TNKB (Pelat Nomor) Hilang atau Rusak",
  -- Persyaratan (2026-12) mengikuti Perpol 7/2021 Pasal 60 (penggantian TNKB hilang atau rusak) dan
  -- Pasal 10 ayat (6) (tanda bukti identitas), sebagaimana dikutip lengkap oleh idntimes.com dan kompas.tv.
  requirements = {
    "Formulir permohonan penggantian TNKB yang diisi",
    "Tanda bukti identitas pemilik: KTP-el (badan usaha: NIB, NPWP dan surat keterangan berkop dan " ..
      "bercap; instansi pemerintah: surat keterangan berkop dan bercap bermeterai)",
    "Surat kuasa bermeterai dan fotokopi KTP penerima kuasa, bila diwakilkan",
    "STNK",
    "TNKB hilang: surat tanda penerimaan laporan kehilangan dari Polri; TNKB rusak: TNKB yang rusak",
    "Bukti pembayaran PNBP TNKB",
  },
  procedure = {
    "Daftar di loket pendaftaran",
    "Bayar PNBP TNKB di kasir",
    "Terima TNKB pengganti sesuai jadwal",
  },
  minutes = 15,
  completion = { at_counter = true },
  fee = 60000,
  fee_note = "PNBP TNKB Rp60.000 (roda 2/3) atau Rp100.000 (roda 4+)",
  product = "TNKB pengganti",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS,
  priority = true,
  counters = { 10 },
  source = {
    PNBP .. "; https://sippn.menpan.go.id/pelayanan-publik/8012538/pemerintah-provinsi-di-yogyakarta/pendaftaran-kendaraan-baru--bn-1",
    requirements = "Perpol 7/2021 Pasal 60 dan Pasal 10 ayat (6), dikutip di " ..
      "https://www.idntimes.com/automotive/motorbike/bikin-pelat-nomor-kendaraan-di-pinggir-jalan-boleh-gak-sih-00-7cdnt-qymx7h/amp; " ..
      "https://origin.kompas.tv/amp/otomotif/242839/cara-mengurus-pelat-nomor-kendaraan-yang-hilang-atau-rusak?page=all",
    product = "Perpol 7/2021 Pasal 60 (penggantian TNKB yang hilang atau rusak)",
    complaint_channel = COMPLAINT_SRC,
  },
  unconfirmed = {
    minutes = TRIED.minutes,
    completion = TRIED.completion,
    procedure = TNKB_PROC_TRIED,
  },
  next = "tahap-penetapan",
}

agency:service {
  id = "ubah-bentuk-warna",
  name = "Perubahan Warna, Bentuk atau Ganti Mesin Kendaraan",
  requirements = {
    "KTP-el pemilik sesuai STNK (badan/instansi: akta pendirian, keterangan domisili, surat tugas bercap)",
    "STNK dan BPKB asli",
    "Formulir SPOPD yang diisi dan ditandatangani",
    "Surat keterangan bengkel berizin yang mengerjakan perubahan (dan kuitansi/faktur mesin pengganti bila ganti mesin)",
    "Surat rancang bangun dan uji mutu/SRUT dari Dinas Perhubungan untuk ubah bentuk; rekomendasi Dishub untuk alih fungsi",
    "Hasil cek fisik kendaraan",
    "Bukti pelunasan DPWKP (khusus angkutan umum pelat kuning)",
  },
  procedure = {
    "Cek fisik kendaraan",
    "Perubahan dicatat pada BPKB di Satlantas Polres",
    "Daftar di loket pendaftaran Samsat",
    "Bayar PNBP dan pajak di kasir",
    "Terima STNK dengan data baru",
  },
  minutes = 43,             -- UPPD Bapenda Jateng (ubah bentuk/alih fungsi): paling lama 43 menit (dulu 30)
  completion = { at_counter = true, note = "paling lama 43 menit sejak berkas diperiksa sampai STNK, SKKP dan TNKB " ..
    "diserahkan, bila jaringan daring dan listrik tidak terganggu (standar untuk ubah bentuk/alih fungsi)" },
  fee = 100000,
  fee_note = "PNBP STNK Rp100.000 / Rp200.000 (roda 2/3 / roda 4+); BBNKB ubah bentuk atau " ..
    "ganti mesin bila dikenakan menurut Perda Jateng 12/2023",
  product = "STNK dengan data warna/bentuk/mesin baru",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS,
  priority = true,
  counters = { 10 },
  source = {
    "Perpol 7/2021 (registrasi perubahan identitas ranmor); " .. PNBP,
    minutes = UBAH_BENTUK_SRC .. ": paling lama 43 menit dari pemeriksaan berkas sampai penyerahan TNKB",
    completion = UBAH_BENTUK_SRC .. ": STNK, SKKP dan TNKB diserahkan paling lama 43 menit",
  },
  unconfirmed = {
    requirements = "Daftar kini mengikuti standar UPPD Bapenda Jateng SK 973/192.g/2022 (SIPPN 8208076, " ..
      "dicari 2026-12) untuk ubah bentuk dan alih fungsi; standar itu tidak menyebut perubahan warna dan " ..
      "ganti mesin, jadi butir kuitansi mesin pengganti dan penerapannya pada ganti warna belum bersumber. " ..
      "Dicari lagi 2026-12: standar SIPPN UPPD Jawa Tengah untuk ganti warna/ganti mesin tidak ditemukan. " ..
      "Dicari lagi 2026-12 (pasal Perpol 7/2021): syarat perubahan warna ada di Perpol 7/2021 Pasal 25 " ..
      "(BPKB) dan Pasal 54 (STNK), dikutip gridoto.com dan kumparan.com (formulir, identitas, kuasa, BPKB, " ..
      "STNK, rekomendasi unit Regident, surat keterangan bengkel umum dengan NIB/SIUP/NPWP/domisili, cek " ..
      "fisik); pasal untuk ganti mesin tidak ditemukan (yang muncul hanya e-samsat.id, bukan laman " ..
      "resmi), jadi daftar gabungan layanan ini belum dapat dipastikan seluruhnya. Dicari lagi 2026-12: " ..
      "Perpol 7/2021 Pasal 26 (perubahan mesin pada BPKB) disebut otomotif.kompas.com 13-10-2021, tetapi " ..
      "daftar lampirannya tidak terbaca; butir ganti mesin tetap belum bersumber.",
    fee_note = TRIED.fee_note,
  },
  next = "tahap-penetapan",
}

agency:service {
  id = "blokir-data",
  name = "Pemblokiran dan Pembukaan Blokir Data Kendaraan (lapor jual)",
  -- Diubah 2026-12 mengikuti standar pemblokiran UPPD Bapenda Jateng (UPPD Kab. Sragen dan SK 014).
  requirements = {
    "Fotokopi identitas pemohon yang sah sesuai data kendaraan; bila diwakilkan, surat kuasa",
    "Pemilik yang sudah menjual kendaraan (blokir jual beli): surat permohonan bermeterai dan bukti " ..
      "pemindahtanganan kepemilikan",
    "Permohonan dari kreditur: surat permohonan dan fotokopi sertifikat fidusia",
    "Permohonan dari penyidik/penuntut umum, atau dari panitera berdasarkan penetapan/putusan pengadilan: " ..
      "surat permohonan instansi tersebut",
  },
  procedure = {
    "Ambil nomor antrean dan serahkan berkas di loket pendaftaran",
    "Petugas memverifikasi identitas dan data kendaraan",
    "Data kendaraan diblokir atau dibuka blokirnya pada sistem",
  },
  minutes = 50,             -- UPPD Kab. Sragen (Bapenda Jateng): maksimal 50 menit (dulu 10)
  completion = { at_counter = true, note = "pemblokiran paling lama 50 menit sejak permohonan diajukan sampai " ..
    "status pajak kendaraan dinonaktifkan (verifikasi dan pemblokiran oleh Satlantas termasuk di dalamnya)" },
  fee = 0,
  fee_note = "Tidak dipungut biaya",
  product = "Tanda terima pemblokiran/pembukaan blokir data kendaraan",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS,
  priority = true,
  counters = { 10 },
  source = {
    "Perpol 7/2021 (pemblokiran data ranmor), https://www.jogloabang.com/hukum/peraturan-kepolisian-7-2021-registrasi-identifikasi-kendaraan-bermotor",
    requirements = BLOKIR_SRC .. " (standar untuk pemblokiran, syarat pembukaan blokir tidak dimuat)",
    minutes = BLOKIR_SRC .. ": jangka waktu sejak permohonan sampai penonaktifan status pajak maksimal 50 " ..
      "menit (SK 014 merinci 2 + 5 + 30 + 5 + 2 + 5 = 49 menit)",
    completion = BLOKIR_SRC .. ": pemblokiran selesai maksimal 50 menit, produk surat keterangan blokir",
  },
}

agency:service {
  id = "info-pajak",
  name = "Informasi dan Pengecekan Pajak Kendaraan",
  requirements = {
    "STNK atau nomor polisi kendaraan",
  },
  procedure = {
    "Ambil nomor antrean",
    "Petugas memeriksa data PKB, masa berlaku STNK dan tunggakan",
    "Petugas menjelaskan perkiraan pajak dan persyaratan yang perlu dibawa",
  },
  minutes = 5,
  completion = { at_counter = true },
  fee = 0,
  fee_note = "Tidak dipungut biaya",
  product = "Informasi besaran PKB, SWDKLLJ dan masa berlaku STNK",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS .. "; UU 25/2009 tentang Pelayanan Publik",
  priority = true,
  counters = { 10 },
  source = {
    "https://sippn.menpan.go.id/pelayanan-publik/8039735/badan-pengelolaan-pajak-dan-retribusi-daerah/pengesahan-stnk-setiap-tahun (loket informasi)",
    complaint_channel = COMPLAINT_SRC,
  },
  unconfirmed = {
    minutes = TRIED.minutes,
    completion = TRIED.completion,
    requirements = BATAM_ONLY,
    procedure = BATAM_ONLY,
    fee = BATAM_ONLY,
    fee_note = BATAM_ONLY,
    product = BATAM_ONLY,
  },
}

agency:service {
  id = "pengurangan-pkb",
  name = "Permohonan Pengurangan, Keringanan atau Pembebasan PKB",
  requirements = {
    "Surat permohonan kepada Kepala UPPD",
    "KTP-el pemilik",
    "STNK (fotokopi)",
    "Bukti alasan permohonan: laporan kehilangan dari kepolisian, keterangan kendaraan rusak berat, bencana, atau program keringanan yang sedang berlaku",
  },
  procedure = {
    "Serahkan permohonan di loket pendaftaran",
    "Petugas UPPD meneliti permohonan dan buktinya",
    "Keputusan pengurangan/pembebasan disampaikan; PKB ditetapkan sesuai keputusan",
  },
  minutes = 15,
  completion = { days = 3 },
  fee = 0,
  fee_note = "Tidak dipungut biaya untuk permohonan",
  product = "Keputusan pengurangan/keringanan/pembebasan PKB",
  complaint_channel = COMPLAINT,
  legal_basis = "UU 1/2022 tentang HKPD; Perda Prov. Jawa Tengah 12/2023",
  priority = true,
  counters = { 10 },
  source = {
    PKB_SRC,
    complaint_channel = COMPLAINT_SRC,
  },
  unconfirmed = {
    requirements = TRIED.requirements,
    procedure = TRIED.procedure,
    minutes = TRIED.minutes,
    completion = TRIED.completion,
    fee = NEWS_PKB_REDUCTION,
    fee_note = NEWS_PKB_REDUCTION,
    product = NEWS_PKB_REDUCTION,
  },
}

agency:service {
  id = "santunan-jasa-raharja",
  name = "Layanan Jasa Raharja: Informasi dan Pengajuan Santunan Kecelakaan Lalu Lintas",
  requirements = {
    "Laporan polisi tentang kecelakaan lalu lintas",
    "KTP-el dan Kartu Keluarga korban atau ahli waris",
    "Kuitansi biaya perawatan dari rumah sakit (luka-luka) atau akta/surat kematian (meninggal dunia)",
  },
  procedure = {
    "Ambil nomor antrean dan serahkan berkas kepada petugas Jasa Raharja",
    "Petugas memeriksa keabsahan berkas dan data kecelakaan",
    "Santunan dibayarkan melalui rekening korban/ahli waris setelah berkas lengkap",
  },
  minutes = 20,
  completion = { days = 3 },
  fee = 0,
  fee_note = "Tidak dipungut biaya",
  product = "Tanda terima pengajuan santunan Jasa Raharja",
  complaint_channel = "Contact center Jasa Raharja; " .. COMPLAINT,
  legal_basis = "UU 33/1964 tentang Dana Pertanggungan Wajib Kecelakaan Penumpang; UU 34/1964 " ..
    "tentang Dana Kecelakaan Lalu Lintas Jalan; PMK 15/PMK.010/2017 dan 16/PMK.010/2017",
  priority = true,
  counters = { 10 },
  source = "https://www.malangtimes.com/baca/45933/20191106/164400/binggung-maksud-tulisan-swdkllj-di-stnk-kendaraan-ini-penjelasannya",
  unconfirmed = {
    requirements = TRIED.requirements,
    minutes = TRIED.minutes,
    completion = TRIED.completion,
    procedure = NEWS_JASA_RAHARJA,
    fee = NEWS_JASA_RAHARJA,
    fee_note = NEWS_JASA_RAHARJA,
    product = NEWS_JASA_RAHARJA,
    complaint_channel = NEWS_JASA_RAHARJA,
  },
}

------------------------------------------------------------------------------
-- Tahapan alur Samsat: nomor yang sama masuk ke sini lewat `next`
------------------------------------------------------------------------------

agency:service {
  id = "tahap-penetapan",
  name = "Tahap Penetapan (Korektor) - lanjutan dari loket pendaftaran",
  requirements = {
    "Nomor antrean yang sudah didaftarkan di loket pendaftaran",
    "Berkas yang sudah diteliti petugas pendaftaran",
  },
  procedure = {
    "Korektor menetapkan PKB (dengan opsen), SWDKLLJ, PNBP dan denda",
    "SKKP dicetak dan diverifikasi, lalu nomor diteruskan ke kasir",
  },
  minutes = 5,
  completion = { at_counter = true },
  fee = 0,
  fee_note = "Besaran pajak dan PNBP ditetapkan di tahap ini; dibayar di kasir",
  product = "SKKP (Surat Ketetapan Kewajiban Pembayaran) PKB, SWDKLLJ dan PNBP",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS,
  priority = true,
  counters = { 11 },
  kiosk = false,           -- reached by finishing the step before it
  source = {
    "https://sippn.menpan.go.id/pelayanan-publik/8039735/badan-pengelolaan-pajak-dan-retribusi-daerah/pengesahan-stnk-setiap-tahun (alur pendaftaran, penetapan, kasir, penyerahan)",
    procedure = DEMAK_TAHUNAN .. ": penetapan PKB dan SWDKLLJ, cetak dan verifikasi SKKP, lalu pembayaran",
    product = DEMAK_TAHUNAN .. ": SKKP PKB/BBNKB, SWDKLLJ dan PNBP",
    fee = DEMAK_TAHUNAN .. ": pembayaran adalah tahap sesudah penetapan",
    fee_note = DEMAK_TAHUNAN .. ": pembayaran adalah tahap sesudah penetapan",
    complaint_channel = COMPLAINT_SRC,
  },
  unconfirmed = {
    minutes = TRIED.minutes,
    completion = TRIED.completion,
    requirements = STAGE_TRIED,
  },
  next = "tahap-kasir",
}

agency:service {
  id = "tahap-kasir",
  name = "Tahap Kasir - pembayaran PKB, SWDKLLJ dan PNBP",
  requirements = {
    "Nomor antrean yang sudah melewati tahap penetapan",
    "SKKP dari tahap penetapan",
  },
  procedure = {
    "Kasir mencocokkan data kendaraan dan besaran SKKP",
    "Wajib pajak membayar PKB, SWDKLLJ dan PNBP sesuai SKKP",
    "Nomor diteruskan ke loket penyerahan untuk pengesahan STNK",
  },
  minutes = 5,
  completion = { at_counter = true },
  fee = 0,
  fee_note = "Sebesar SKKP yang ditetapkan di tahap penetapan",
  product = "Tanda bukti pelunasan PKB, SWDKLLJ dan PNBP",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS,
  priority = true,
  counters = { 12 },
  kiosk = false,           -- reached by finishing the step before it
  source = {
    "https://sippn.menpan.go.id/pelayanan-publik/8039735/badan-pengelolaan-pajak-dan-retribusi-daerah/pengesahan-stnk-setiap-tahun",
    procedure = DEMAK_TAHUNAN .. ": pembayaran PKB dan SWDKLLJ sesudah SKKP diverifikasi, lalu pengesahan STNK",
    fee = DEMAK_TAHUNAN .. ": PKB, SWDKLLJ dan PNBP dibayar sesuai SKKP",
    fee_note = DEMAK_TAHUNAN .. ": PKB, SWDKLLJ dan PNBP dibayar sesuai SKKP",
    complaint_channel = COMPLAINT_SRC,
  },
  unconfirmed = {
    minutes = TRIED.minutes,
    completion = TRIED.completion,
    requirements = STAGE_TRIED,
    product = KASIR_PRODUCT_TRIED,
  },
  next = "tahap-penyerahan",
}

agency:service {
  id = "tahap-penyerahan",
  name = "Tahap Penyerahan STNK, SKPD dan TNKB",
  requirements = {
    "Nomor antrean yang sudah lunas di kasir",
    "Tanda bukti pelunasan",
  },
  procedure = {
    "STNK disahkan atau dicetak",
    "STNK dan SKKP diserahkan kepada wajib pajak; TNKB diserahkan bila sudah tersedia",
  },
  minutes = 5,
  completion = { at_counter = true },
  fee = 0,
  fee_note = "Tidak ada pembayaran di tahap ini",
  product = "STNK yang disahkan/baru, SKKP, dan TNKB bila sudah tersedia",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS,
  priority = true,
  counters = { 13 },
  kiosk = false,           -- reached by finishing the step before it
  source = {
    "https://sippn.menpan.go.id/pelayanan-publik/8039735/badan-pengelolaan-pajak-dan-retribusi-daerah/pengesahan-stnk-setiap-tahun",
    procedure = DEMAK_TAHUNAN .. ": pengesahan STNK, penyerahan SKKP dan STNK; " .. JATENG_5TAHUN ..
      ": cetak STNK dan TNKB, penyerahan STNK, SKKP dan TNKB",
    product = DEMAK_TAHUNAN .. ": SKKP dan pengesahan pada STNK; " .. JATENG_5TAHUN .. ": STNK, SKKP dan TNKB",
    fee = DEMAK_TAHUNAN .. ": pembayaran dilakukan sebelum pengesahan dan penyerahan",
    fee_note = DEMAK_TAHUNAN .. ": pembayaran dilakukan sebelum pengesahan dan penyerahan",
    complaint_channel = COMPLAINT_SRC,
  },
  unconfirmed = {
    minutes = TRIED.minutes,
    completion = TRIED.completion,
    requirements = STAGE_TRIED,
  },
}

-- Prioritas didahulukan; setelah dua panggilan prioritas berturut-turut
-- satu nomor reguler dipanggil, karena setiap nomor melewati empat tahap
-- dan antrean reguler tidak boleh tertahan lama.
agency:route { priority_first = true, regular_after_priority = 2 }
