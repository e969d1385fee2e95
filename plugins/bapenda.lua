-- Badan Pengelolaan Pendapatan Daerah Kabupaten Purbalingga: di MPP
-- melayani pajak daerah kabupaten - PBB-P2 (pendaftaran objek, mutasi,
-- pemecahan, salinan, pembetulan, keberatan, pengurangan, SK NJOP,
-- informasi tagihan), validasi BPHTB, pendaftaran dan pelaporan PBJT
-- (makanan/minuman, perhotelan, parkir, kesenian dan hiburan, tenaga
-- listrik), pajak reklame, pajak air tanah, surat keterangan fiskal daerah
-- dan pengembalian kelebihan bayar. Pembayaran dilakukan di Bank Jateng
-- atau kanal pembayaran lain; loket ini tidak menerima uang.
--
-- Sumber (diperiksa 2026-11):
--   * Perda Kabupaten Purbalingga 15/2023 tentang Pajak Daerah dan
--     Retribusi Daerah, berlaku 1-1-2024: PBB-P2 0,11% (NJOP < Rp1 miliar),
--     0,15% (Rp1-2 miliar), 0,20% (> Rp2 miliar), lahan produksi pangan dan
--     ternak 0,10/0,12/0,15%; BPHTB 5%; PBJT umumnya 10%, hiburan tertentu
--     (diskotek, karaoke, kelab malam, bar, mandi uap/spa) 40%
--     (www.sanyangtaxconsultants.com/2024/115369/pemkab-purbalingga-atur-
--     ulang-tarif-pajak-daerah-ini-perinciannya);
--   * UU 1/2022 (HKPD) dan PP 35/2023 tentang Ketentuan Umum Pajak Daerah
--     dan Retribusi Daerah (keberatan, pembetulan, pengurangan, NPOPTKP
--     paling rendah Rp80 juta dan Rp300 juta untuk waris);
--   * persyaratan layanan PBB-P2 menurut standar pelayanan BPKPAD Klaten di
--     SIPPN (sippn.menpan.go.id/pelayanan-publik/8282334), daerah
--     tetangga di Jawa Tengah dengan sistem PBB-P2 yang sama; layanan di
--     loket tidak dipungut biaya;
--   * ditambahkan 2026-12 dari standar pelayanan pajak daerah kabupaten lain
--     di Jawa Tengah: Bapenda Banyumas di SIPPN (pembetulan SPPT 8097256,
--     keberatan 8097268: jangka waktu 1 bulan), BPKPAD Demak di SIPPN
--     (pengurangan PBB-P2 8050054) dan BPKAD Pati
--     (bpkad.patikab.go.id/informasi-pelayanan-pbb-p2/, SK NJOP);
--   * (2026-12) standar Pelayanan BPHTB Bapenda Banyumas di
--     SIPPN (sippn.menpan.go.id/pelayanan-publik/8097331): penelitian dan
--     validasi SSPD BPHTB 2 hari, tidak dipungut biaya.
--   * (2026-12) jangka waktu SK NJOP 7 hari kerja dari
--     standar Pemberian Informasi PBB-P2 BPKPAD Demak di SIPPN
--     (pelayanan-publik/8050071) dan jangka waktu pajak reklame (3 jam per
--     materi, 1 hari bila lebih dari dua) dari standar pajak reklame BPKPAD
--     Klaten di SIPPN (pelayanan-publik/8282519).
--
-- Belum terkonfirmasi: nama resmi perangkat daerah (berita 2020 menyebut
-- Badan Keuangan Daerah/Bakeuda Purbalingga sebagai pengelola PBB-P2, begitu
-- pula berita radarbanyumas.disway.id 18-2-2024 tentang SPPT 2024; standar
-- izin reklame di laman MPP Purbalingga, mpp.purbalinggakab.go.id/web/
-- detail_layanan/327, juga menyebut Bakeuda penerbit NPWPD dan SKPD reklame),
-- waktu layanan di loket (minutes) semua layanan (standar yang ditemukan
-- memberi jangka waktu dalam hari atau bulan; satu-satunya standar Jawa
-- Tengah dalam menit, Bapenda Pemalang, untuk penentuan kembali tanggal jatuh
-- tempo yang bukan layanan di sini), tarif
-- pajak reklame dan air tanah Purbalingga (hanya batas atas UU 1/2022 yang
-- diketahui), dan persyaratan PBJT, air tanah, surat keterangan
-- fiskal daerah, pengurangan sanksi dan BPHTB, serta pengembalian kelebihan
-- bayar yang berlaku di Purbalingga. Persyaratan pajak reklame (dicari
-- 2026-12) mengikuti standar pelayanan pajak reklame BPKPAD Klaten di SIPPN
-- (sippn.menpan.go.id/pelayanan-publik/8282519). Dicari lagi 2026-12 (SIPPN
-- Bapenda Banyumas, BPKPAD Temanggung, Demak, Klaten, Bapenda Pemalang; Perbup
-- Purbalingga 54/2014 tentang pemungutan pajak restoran): tidak ada fakta baru
-- yang terkonfirmasi; apa yang dicari dicatat di `unconfirmed`. Dicari sekali
-- lagi 2026-12 (laman MPP Purbalingga, Bakeuda Purbalingga, Bapenda Kota
-- Surakarta, BPKPD Sragen, SOP pajak hotel Pemalang): tidak ada fakta baru.
--
-- Ditambah 2026-12: persyaratan, alur, biaya, produk dan kanal pengaduan
-- validasi BPHTB mengikuti standar BPHTB Bapenda Banyumas (SIPPN 8097331);
-- alur, biaya, produk dan pengaduan pajak reklame mengikuti standar BPKPAD
-- Klaten (SIPPN 8282519). Ditandai `unconfirmed` karena hanya bersumber laman
-- konsultan pajak (sanyangtaxconsultants.com) atau Perbup Ponorogo: tarif PBB-P2
-- pada catatan biaya, serta alur, biaya, catatan biaya dan produk pendaftaran
-- dan pelaporan PBJT dan pajak air tanah.

local BASIS = "UU 1/2022 tentang Hubungan Keuangan antara Pemerintah Pusat dan " ..
  "Pemerintahan Daerah; PP 35/2023 tentang Ketentuan Umum Pajak Daerah dan Retribusi " ..
  "Daerah; Perda Kabupaten Purbalingga 15/2023 tentang Pajak Daerah dan Retribusi Daerah"
local COMPLAINT = "SP4N-LAPOR! (www.lapor.go.id, SMS 1708); pengaduan langsung ke " ..
  "petugas Bapenda di MPP Purbalingga"
local FREE = "Layanan tidak dipungut biaya; pajak terutang dibayar sesuai ketetapan di " ..
  "Bank Jateng atau kanal pembayaran resmi"
local PERDA_SRC = "https://www.sanyangtaxconsultants.com/2024/115369/pemkab-purbalingga-atur-ulang-tarif-pajak-daerah-ini-perinciannya " ..
  "(Perda Purbalingga 15/2023)"
local KLATEN = "https://sippn.menpan.go.id/pelayanan-publik/8282334/pemerintah-kab-klaten/" ..
  "pelayanan-pembuatan-pbb-pedesaan-dan-perkotaan-baru-mutasi-pemecahan-penghapusan-dan-duplikat"
local PBB_RATE = "PBB-P2 = tarif x (NJOP - NJOPTKP): 0,11% (NJOP < Rp1 miliar), 0,15% " ..
  "(Rp1-2 miliar), 0,20% (> Rp2 miliar); lahan produksi pangan/ternak 0,10/0,12/0,15%"

-- What was looked up for each fact the services below leave unconfirmed
-- (`mppctl facts bapenda` lists them per service).
local TRIED = {
  requirements = "Persyaratan Purbalingga tidak ditemukan; hanya ketentuan UU 1/2022 dan PP 35/2023 atau " ..
    "standar Klaten yang terbaca (diperiksa 2026-11); dicari 2026-12 di laman-laman publik (SIPPN " ..
    "standar Bapenda/BPKPAD Banyumas, Demak, Pemalang, Temanggung, Klaten; laman BPKAD Pati dan BKUD " ..
    "Kab. Semarang): yang ditemukan hanya layanan PBB-P2 lain, bukan layanan ini. Dicari lagi 2026-12 " ..
    "(khusus persyaratan): SIPPN dicari dengan judul layanan (pendaftaran wajib pajak/PBJT, surat " ..
    "keterangan fiskal daerah, pengurangan BPHTB, pajak air tanah, pajak restoran/hotel/hiburan/parkir " ..
    "Klaten) - hanya standar pajak reklame BPKPAD Klaten (SIPPN 8282519, dipakai untuk pajak reklame); " ..
    "selebihnya Perbup Klaten 79/2019 (tata cara pemungutan, isinya tidak terbaca), SOP pajak hotel " ..
    "Pemalang (docplayer, judul saja) dan peraturan di luar Jawa Tengah (Jombang, Tangerang).",
  procedure = "Alur Purbalingga tidak ditemukan; alur disusun dari UU 1/2022 dan PP 35/2023 " ..
    "(diperiksa 2026-11; dicari lagi 2026-12 di SIPPN kabupaten Jawa Tengah tanpa hasil untuk layanan ini).",
  minutes = "Waktu layanan di loket tidak ditemukan; dicari 2026-12 di laman-laman publik (standar " ..
    "Bapenda/Bakeuda Purbalingga; SIPPN Klaten 8282334, Banyumas 8097256/8097268, Demak 8049347/8050054, " ..
    "Temanggung 8171424: jangka waktu dalam hari/bulan atau 'jam kerja', bukan menit; Bapenda Pemalang " ..
    "8030476 memberi 10 menit hanya untuk penentuan kembali tanggal jatuh tempo, layanan lain).",
  completion = "Jangka waktu untuk layanan ini tidak ditemukan; standar SIPPN Klaten hanya untuk PBB-P2 " ..
    "(data baru, mutasi, pemecahan, penghapusan, salinan), Banyumas hanya untuk pembetulan dan " ..
    "keberatan; dicari 2026-12 di laman-laman publik (standar Bapenda/BPKPAD Purbalingga, " ..
    "Banyumas, Demak, Pemalang, Temanggung, kata kunci 'jangka waktu penyelesaian') tanpa hasil " ..
    "untuk layanan ini; pasal UU 1/2022 dan PP 35/2023 belum terbaca.",
  fee_note = "Tarif pajak reklame dan air tanah dalam Perda Purbalingga 15/2023 tidak terbaca; hanya " ..
    "batas atas UU 1/2022 (diperiksa 2026-11; dicari lagi 2026-12 tanpa hasil).",
}
-- Dicari lagi (2026-12): kompilasi standar MPP Jawa Tengah, SIPPN dengan kalimat isi
-- standar, laman PPID Kota Semarang. Ditambahkan ke teks "tried" di bawah.
TRIED.minutes = TRIED.minutes .. " Dicari lagi (2026-12): SIPPN Bapenda/BPKPAD Jawa " ..
  "Tengah dicari dengan kalimat isi standar (informasi tunggakan, salinan SPPT, validasi BPHTB, NPWPD): " ..
  "BPKPAD Demak 8050071 (informasi PBB-P2 termasuk SK NJOP) memberi 7 hari kerja, BPKPAD Temanggung " ..
  "8171424 (legalisasi SPPT) hanya 'jam kerja', BPKPAD Klaten 8282519 (reklame) 3 jam per konten; tidak " ..
  "ada waktu loket dalam menit selain Bapenda Pemalang 8030476 (10 menit, penentuan kembali jatuh " ..
  "tempo, bukan layanan ini). Laman standar MPP Purbalingga (mpp.purbalinggakab.go.id/web/detail_layanan) " ..
  "yang terbaca hanya izin reklame DPMPTSP; laman PPID Kota Semarang untuk pajak daerah tidak ditemukan."
TRIED.completion = TRIED.completion .. " Dicari lagi (2026-12): SIPPN BPKPAD Demak, " ..
  "Temanggung, Klaten dan Bapenda Pemalang dicari dengan kalimat isi standar; yang ditemukan hanya " ..
  "informasi PBB-P2/SK NJOP Demak (7 hari kerja, dipakai untuk SK NJOP) dan pajak reklame Klaten " ..
  "(dipakai untuk pajak reklame), bukan layanan ini."
TRIED.requirements = TRIED.requirements .. " Dicari lagi (2026-12): SIPPN dicari dengan " ..
  "kalimat isi standar pendaftaran NPWPD dan layanan pajak daerah Jawa Tengah; yang muncul hanya " ..
  "standar KPP (NPWP pusat) dan daerah di luar Jawa Tengah."

-- Dicari lagi (2026-12): ditambahkan ke teks "tried".
TRIED.minutes = TRIED.minutes .. " Dicari lagi (2026-12): SIPPN Bapenda Pemalang dicari dengan " ..
  "kalimat prosedur standarnya sendiri ('Pemohon mendaftar ke Petugas Pelayanan Umum', salinan SPPT, " ..
  "mutasi PBB-P2) dan standar pajak daerah Kebumen, Cilacap, Banjarnegara, Wonosobo, Tegal, Brebes, " ..
  "Batang, Kendal dan Kota Semarang: yang muncul tetap hanya 8030476 (jatuh tempo, 10 menit), " ..
  "Banyumas 8097256/8097268 dan Demak 8050071 (hari/bulan); tidak ada waktu loket dalam menit."
TRIED.completion = TRIED.completion .. " Dicari lagi (2026-12): pencarian yang sama dengan pencarian " ..
  "menit di atas; Perbup Pekalongan 14/2012 tentang SOP pemungutan pajak daerah (docplayer) dan Perbup " ..
  "Klaten 79/2019 (scribd) hanya terbaca konsiderans; tidak ada jangka waktu untuk layanan ini."
TRIED.requirements = TRIED.requirements .. " Dicari lagi (2026-12): syarat surat keterangan fiskal " ..
  "daerah dan pendaftaran NPWPD di kabupaten/kota Jawa Tengah (BKUD Kab. Semarang, Perbup Pekalongan " ..
  "14/2012 tentang SOP pemungutan pajak daerah, Perda pajak daerah Kab. Semarang 2012/2013): yang " ..
  "terbaca hanya konsiderans atau syarat PBB-P2, bukan layanan ini."
TRIED.requirements = TRIED.requirements .. " Dicari lagi 2026-12 (peraturan nasional yang memuat " ..
  "persyaratan): pasal PP 35/2023 tentang pendaftaran wajib pajak, pengurangan/penghapusan sanksi dan " ..
  "pengembalian kelebihan pembayaran tidak terbaca; yang muncul hanya Pergub DKI 34/2017 (sanksi), " ..
  "Pergub Kaltim 10/2022 (pengembalian kelebihan), Perbup Indragiri Hulu 86/2012 dan 90/2012, SOP pajak " ..
  "hotel Kab. Pemalang (docplayer, hanya judul) serta Perda Jawa Tengah 3/2018 tentang pengelolaan air " ..
  "tanah dan Perbup Tangerang 118/2019 (konsiderans); yang di luar Jawa Tengah tidak dipakai."

-- Dicari lagi (2026-12, sudut baru: laman SIPPN ditulis seperti isi standar keluarga Bapenda Banyumas
-- "Non PBB-P2 dan Non BPHTB", BPKPAD Temanggung, Bapenda Pemalang, serta Perbup Purbalingga tentang
-- pemungutan pajak); ditambahkan ke teks "tried".
TRIED.minutes = TRIED.minutes .. " Dicari lagi (2026-12): SIPPN dengan isi standar informasi tunggakan PBB-P2, " ..
  "validasi SSPD BPHTB (Klaten, Demak, Temanggung), pengurangan PBB-P2 (Bapenda Pemalang dan Banyumas) dan " ..
  "layanan pajak non PBB-P2 Bapenda Banyumas: yang muncul hanya penagihan piutang pajak non PBB-P2 Banyumas " ..
  "(SIPPN 8298555, 1 bulan, bukan layanan loket), pembetulan dan keberatan Banyumas (1 bulan), informasi " ..
  "PBB-P2 Demak (7 hari kerja) dan jatuh tempo Pemalang (10 menit, layanan lain); tidak ada waktu loket dalam " ..
  "menit untuk layanan ini."
TRIED.completion = TRIED.completion .. " Dicari lagi (2026-12): pencarian yang sama dengan pencarian menit " ..
  "di atas; standar pengurangan PBB-P2 BPKPAD Demak (SIPPN 8050054) terbaca hanya sampai alur, jangka waktunya " ..
  "tidak terbaca; tidak ada jangka waktu Jawa Tengah untuk layanan ini."
TRIED.requirements = TRIED.requirements .. " Dicari lagi (2026-12): pendaftaran wajib pajak daerah (NPWPD) " ..
  "dan surat keterangan fiskal daerah dicari di SIPPN dengan isi standar BPKPAD Temanggung dan Bapenda " ..
  "Banyumas; Perbup Purbalingga 54/2014 tentang juklak pemungutan pajak restoran (adoc.pub) hanya terbaca " ..
  "konsiderans; yang memuat syarat hanya dari luar Jawa Tengah (Ponorogo, Sidoarjo, Kalimantan Barat), maka " ..
  "tidak dipakai."

-- Dicari lagi 2026-12 (SIPPN, laman PPID dan MPP kabupaten/kota Jawa Tengah satu per satu);
-- ditambahkan ke teks "tried".
TRIED.minutes = TRIED.minutes .. " Dicari lagi 2026-12: SIPPN dengan isi standar salinan SPPT, validasi " ..
  "BPHTB dan cetak ulang SPPT, laman PPID Kota Semarang (pajak daerah) dan MPP Kota Pekalongan (BKD): yang " ..
  "muncul dari Jawa Tengah tetap hanya Banyumas 8097256 (1 bulan), Temanggung 8171424 ('jam kerja') dan " ..
  "Pemalang 8030476 (10 menit, penentuan kembali jatuh tempo, layanan lain); angka lain milik Denpasar, " ..
  "Depok, Katingan, Bantul (DIY) dan Padang, di luar Jawa Tengah, tidak dipakai."
TRIED.completion = TRIED.completion .. " Dicari lagi 2026-12: pencarian yang sama dengan pencarian menit " ..
  "di atas; tidak ada jangka waktu Bapenda/BKD Jawa Tengah yang baru untuk layanan ini."
TRIED.requirements = TRIED.requirements .. " Dicari lagi 2026-12: laman jenis izin DPMPTSP Kota " ..
  "Pekalongan (hanya izin reklame tetap) dan MPP Kota Pekalongan; tidak ada syarat pajak daerah " ..
  "Jawa Tengah yang baru untuk layanan ini."
-- Dicari sekali lagi 2026-12: ditambahkan ke teks "tried".
TRIED.minutes = TRIED.minutes .. " Dicari lagi 2026-12: laman MPP Purbalingga (yang terbaca hanya izin reklame " ..
  "DPMPTSP, tanpa menit), Bakeuda Purbalingga (hanya berita radarbanyumas 2024), Bapenda Kota Surakarta, BPKPD " ..
  "Kab. Sragen dan kata '15 menit' untuk salinan SPPT; tidak ada waktu loket dalam menit."
TRIED.completion = TRIED.completion .. " Dicari lagi 2026-12: sama dengan pencarian menit di atas; tidak ada " ..
  "jangka waktu baru untuk layanan ini."
TRIED.requirements = TRIED.requirements .. " Dicari lagi 2026-12: standar Bapenda Kota Surakarta, BPKPD Kab. " ..
  "Sragen, pendaftaran wajib pajak non PBB-P2 Bapenda Banyumas, SOP pajak hotel Kab. Pemalang (docplayer, tetap " ..
  "hanya judul) dan pengembalian kelebihan pembayaran di Jawa Tengah; tidak ada syarat yang terbaca."
-- Standards of neighbouring Central Java regencies read 2026-12 (see header).
local BANYUMAS_PEMBETULAN = "https://sippn.menpan.go.id/pelayanan-publik/8097256/pemerintah-kab-banyumas/" ..
  "pembetulan-sppt-pbb-p2 (standar pelayanan Bapenda Kabupaten Banyumas)"
local BANYUMAS_KEBERATAN = "https://sippn.menpan.go.id/pelayanan-publik/8097268/pemerintah-kab-banyumas/" ..
  "bependa.banyumaskab.go.id (standar pelayanan keberatan atas ketetapan PBB-P2, Bapenda Kabupaten Banyumas)"
local DEMAK_PENGURANGAN = "https://sippn.menpan.go.id/pelayanan-publik/8050054/pemerintah-kab-demak/" ..
  "pelayanan-pbb-p2pengurangan-atas-besarnya-pbb-p2-terutang (standar pelayanan BPKPAD Kabupaten Demak)"
local PATI_PBB = "https://bpkad.patikab.go.id/informasi-pelayanan-pbb-p2/ (informasi pelayanan PBB-P2 BPKAD " ..
  "Kabupaten Pati)"
-- Dicari lagi (2026-12).
local DEMAK_INFO = "https://sippn.menpan.go.id/pelayanan-publik/8050071/pemerintah-kab-demak/pelayanan-pbb-p2 " ..
  "(standar pelayanan Pemberian Informasi PBB-P2 BPKPAD Kabupaten Demak, Jawa Tengah, di SIPPN: informasi " ..
  "termasuk SK NJOP selesai 7 hari kerja sejak berkas diterima lengkap)"
local KLATEN_REKLAME = "https://sippn.menpan.go.id/pelayanan-publik/8282519/pemerintah-kab-klaten/" ..
  "pelayanan-pajak-reklame (standar pelayanan pajak reklame BPKPAD Kabupaten Klaten, Jawa Tengah)"

-- Dibaca 2026-12: standar pelayanan BPHTB Bapenda Kabupaten Banyumas (Jawa Tengah) di SIPPN.
local BANYUMAS_BPHTB = "https://sippn.menpan.go.id/pelayanan-publik/8097331/pemerintah-kab-banyumas/pelayanan-bphtb " ..
  "(standar Pelayanan BPHTB Bapenda Kabupaten Banyumas, Jawa Tengah: SSPD BPHTB, fotokopi SPPT, fotokopi KTP wajib " ..
  "pajak, surat kuasa bila dikuasakan, NPWPD, surat keterangan waris/hibah/kematian, fotokopi putusan hakim, " ..
  "lalu penelitian NOP, NJOP dan perhitungan BPHTB dan validasi, tidak dipungut biaya, produk SSPD BPHTB)"
-- Kanal pengaduan kantor pendapatan daerah Jawa Tengah (pengaduan langsung dan LAPOR!), dari standar
-- pajak reklame BPKPAD Klaten.
local BAPENDA_COMPLAINT_SRC = KLATEN_REKLAME .. " (pengaduan langsung di bidang pendapatan daerah dan melalui " ..
  "SP4N-LAPOR!)"
-- Fakta yang hanya bersumber laman konsultan pajak atau Perbup di luar Jawa Tengah (dicari lagi 2026-12).
local RATE_TRIED = "Tarif PBB-P2/PBJT Kabupaten Purbalingga hanya terbaca dari laman konsultan pajak " ..
  "(sanyangtaxconsultants.com) yang meringkas Perda Kab. Purbalingga 15/2023, bukan naskah Perda itu sendiri " ..
  "atau laman Bapenda; UU 1/2022 hanya memuat tarif paling tinggi. Dicari 2026-12 (nomor Perda dengan tarif " ..
  "PBB-P2 dan PBJT): naskah Perda Kab. Purbalingga 15/2023 tidak ditemukan dalam salinan terbuka; belum " ..
  "terkonfirmasi."
local PBJT_TRIED = "Hanya bersumber laman konsultan pajak (sanyangtaxconsultants.com, ringkasan Perda Kab. " ..
  "Purbalingga 15/2023) dan Perbup Ponorogo tentang NPWPD (123dok, Jawa Timur), bukan standar Bapenda " ..
  "Purbalingga atau kantor pendapatan daerah lain di Jawa Tengah. Dicari 2026-12: standar pendaftaran dan " ..
  "pelaporan PBJT Bapenda/BPKPAD Jawa Tengah di SIPPN tidak ditemukan (yang terbaca hanya PBB-P2, BPHTB dan " ..
  "pajak reklame); belum terkonfirmasi."
PBJT_TRIED = PBJT_TRIED .. " Dicari lagi 2026-12: SOP pemungutan pajak hotel Kab. Pemalang (docplayer) tetap " ..
  "hanya terbaca judulnya."
local AIR_TANAH_TRIED = "Hanya bersumber UU 1/2022 (tarif paling tinggi) dan laman konsultan pajak " ..
  "(sanyangtaxconsultants.com); alur, biaya pendaftaran dan produk tidak dimuat keduanya. Dicari 2026-12: " ..
  "standar pajak air tanah Bapenda/BPKPAD Jawa Tengah di SIPPN tidak ditemukan; belum terkonfirmasi."

local agency = mpp.agency {
  id = "bapenda",
  name = "Badan Pengelolaan Pendapatan Daerah Kabupaten Purbalingga",
  short = "Bapenda",
  kind = "OPD",
  prefix = "C",
  counters = { 8, 9 },
}

------------------------------------------------------------------------------
-- PBB-P2
------------------------------------------------------------------------------

agency:service {
  id = "pbb-objek-baru",
  name = "Pendaftaran Objek Pajak Baru PBB-P2",
  requirements = {
    "Fotokopi KTP-el wajib pajak",
    "Fotokopi bukti kepemilikan atau penguasaan tanah (sertifikat, akta, letter C/keterangan desa)",
    "Formulir SPOP dan LSPOP yang diisi lengkap",
    "Fotokopi PBG/IMB dan RAB bangunan (jika ada bangunan)",
  },
  procedure = {
    "Ambil nomor antrean dan serahkan berkas di loket",
    "Petugas meneliti kelengkapan berkas",
    "Pengolah data memberikan NOP dan menghitung NJOP (peninjauan lapangan bila perlu)",
    "SPPT PBB-P2 diterbitkan dan diserahkan kepada wajib pajak",
  },
  minutes = 15,
  completion = { days = 3, note = "7 hari bila luas tanah lebih dari 1.000 m2 atau perlu peninjauan lapangan" },
  fee = 0,
  fee_note = FREE .. ". " .. PBB_RATE,
  product = "SPPT PBB-P2 dengan NOP baru",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS,
  priority = true,
  source = {
    KLATEN .. "; " .. PERDA_SRC,
    completion = "https://sippn.menpan.go.id/pelayanan-publik/8282334/pemerintah-kab-klaten/pelayanan-pembuatan-pbb-pedesaan-dan-perkotaan-baru-mutasi-pemecahan-penghapusan-dan-duplikat " ..
      "(jangka waktu: reguler 3 hari, luas tanah lebih dari 1.000 m2 7 hari)",
  },
  unconfirmed = {
    minutes = TRIED.minutes,
    fee_note = RATE_TRIED,
  },
}

agency:service {
  id = "pbb-mutasi",
  name = "Mutasi (Balik Nama) SPPT PBB-P2",
  requirements = {
    "Fotokopi KTP-el wajib pajak baru",
    "Fotokopi bukti kepemilikan tanah atas nama pemohon (sertifikat, akta jual beli, akta hibah)",
    "SPPT PBB-P2 asli tahun berjalan dan bukti lunas",
    "Surat keterangan waris dan surat kuasa ahli waris (jika tanah warisan)",
    "Formulir perubahan data (SPOP)",
  },
  procedure = {
    "Ambil nomor antrean dan serahkan berkas di loket",
    "Petugas meneliti berkas",
    "Pengolah data memutakhirkan subjek pajak pada basis data PBB-P2",
    "SPPT atas nama baru diterbitkan (atau berlaku pada tahun pajak berikutnya)",
  },
  minutes = 15,
  completion = { days = 3, note = "7 hari bila luas tanah lebih dari 1.000 m2 atau perlu peninjauan lapangan" },
  fee = 0,
  fee_note = FREE,
  product = "SPPT PBB-P2 atas nama wajib pajak baru",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS,
  priority = true,
  source = {
    KLATEN .. "; https://tinggarjaya.desa.id/artikel-detail/pelayanan-mutasi-sppt-pbb-p2-di-desa-tinggarjaya-bantu-warga-tertib-administrasi-pajak-tanah-dan-bangunan",
    completion = "https://sippn.menpan.go.id/pelayanan-publik/8282334/pemerintah-kab-klaten/pelayanan-pembuatan-pbb-pedesaan-dan-perkotaan-baru-mutasi-pemecahan-penghapusan-dan-duplikat " ..
      "(jangka waktu: reguler 3 hari, luas tanah lebih dari 1.000 m2 7 hari)",
  },
  unconfirmed = { minutes = TRIED.minutes },
}

agency:service {
  id = "pbb-pemecahan",
  name = "Pemecahan Objek Pajak PBB-P2 (Mutasi Sebagian)",
  requirements = {
    "Fotokopi KTP-el pemohon",
    "Fotokopi bukti kepemilikan bagian tanah yang dipecah",
    "SPPT PBB-P2 induk/awal",
    "Formulir perubahan data (SPOP/LSPOP)",
  },
  procedure = {
    "Ambil nomor antrean dan serahkan berkas",
    "Petugas meneliti berkas; peninjauan lapangan bila luas tanah besar",
    "Pengolah data memecah objek dan memberikan NOP baru",
    "SPPT untuk objek hasil pemecahan diterbitkan",
  },
  minutes = 15,
  completion = { days = 3, note = "7 hari bila luas tanah lebih dari 1.000 m2 atau perlu peninjauan lapangan" },
  fee = 0,
  fee_note = FREE,
  product = "SPPT PBB-P2 untuk NOP hasil pemecahan",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS,
  priority = true,
  source = {
    KLATEN,
    completion = "https://sippn.menpan.go.id/pelayanan-publik/8282334/pemerintah-kab-klaten/pelayanan-pembuatan-pbb-pedesaan-dan-perkotaan-baru-mutasi-pemecahan-penghapusan-dan-duplikat " ..
      "(jangka waktu: reguler 3 hari, luas tanah lebih dari 1.000 m2 7 hari)",
  },
  unconfirmed = { minutes = TRIED.minutes },
}

agency:service {
  id = "pbb-penggabungan-penghapusan",
  name = "Penggabungan atau Penghapusan Objek PBB-P2 (ganda, digabung, tidak ada objek/subjek)",
  requirements = {
    "Fotokopi KTP-el wajib pajak",
    "Fotokopi bukti kepemilikan tanah sesuai KTP-el",
    "SPPT PBB-P2 yang akan dihapus/digabung dan SPPT yang memuat data yang benar",
    "Formulir perubahan data",
  },
  procedure = {
    "Ambil nomor antrean dan serahkan berkas",
    "Petugas meneliti berkas dan memeriksa data ganda pada basis data",
    "Keputusan penggabungan/penghapusan diterbitkan",
  },
  minutes = 15,
  completion = { days = 3, note = "7 hari bila luas tanah lebih dari 1.000 m2 atau perlu peninjauan lapangan" },
  fee = 0,
  fee_note = FREE,
  product = "SK penghapusan atau SPPT hasil penggabungan",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS,
  priority = true,
  source = {
    KLATEN,
    completion = "https://sippn.menpan.go.id/pelayanan-publik/8282334/pemerintah-kab-klaten/pelayanan-pembuatan-pbb-pedesaan-dan-perkotaan-baru-mutasi-pemecahan-penghapusan-dan-duplikat " ..
      "(jangka waktu: reguler 3 hari, luas tanah lebih dari 1.000 m2 7 hari)",
  },
  unconfirmed = { minutes = TRIED.minutes },
}

agency:service {
  id = "pbb-salinan",
  name = "Salinan (Duplikat) SPPT PBB-P2",
  -- Diubah 2026-12 supaya sama dengan sumbernya, standar BPKPAD Klaten (SIPPN 8282334, butir "Duplikat/
  -- Salinan Tahun Berjalan": surat permohonan dan bukti lunas tahun berjalan); sebelumnya tertulis fotokopi
  -- KTP-el dan bukti lunas tahun sebelumnya, yang tidak dimuat standar itu.
  requirements = {
    "Surat permohonan wajib pajak",
    "Bukti lunas PBB-P2 tahun berjalan",
  },
  procedure = {
    "Ambil nomor antrean dan serahkan permohonan",
    "Petugas mencari data NOP",
    "Salinan SPPT dicetak dan diserahkan",
  },
  minutes = 10,
  completion = { days = 3 },
  fee = 0,
  fee_note = FREE,
  product = "Salinan SPPT PBB-P2",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS,
  priority = true,
  source = {
    KLATEN,
    requirements = KLATEN .. " (standar BPKPAD Kabupaten Klaten, Jawa Tengah: duplikat/salinan tahun berjalan - " ..
      "surat permohonan wajib pajak dan bukti lunas tahun berjalan)",
    completion = "https://sippn.menpan.go.id/pelayanan-publik/8282334/pemerintah-kab-klaten/pelayanan-pembuatan-pbb-pedesaan-dan-perkotaan-baru-mutasi-pemecahan-penghapusan-dan-duplikat " ..
      "(jangka waktu: reguler 3 hari, luas tanah lebih dari 1.000 m2 7 hari)",
  },
  unconfirmed = { minutes = TRIED.minutes },
}

agency:service {
  id = "pbb-informasi-tagihan",
  name = "Informasi Tagihan dan Tunggakan PBB-P2",
  requirements = {
    "SPPT PBB-P2 atau Nomor Objek Pajak (NOP)",
  },
  procedure = {
    "Ambil nomor antrean",
    "Petugas memeriksa ketetapan, pembayaran dan tunggakan NOP",
    "Wajib pajak menerima rincian tagihan dan kanal pembayaran (Bank Jateng, QRIS, kanal lain)",
  },
  minutes = 5,
  completion = { at_counter = true },
  fee = 0,
  fee_note = FREE .. ". " .. PBB_RATE,
  product = "Rincian tagihan PBB-P2",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS,
  priority = true,
  source = KLATEN .. " (pembayaran di Bank Jateng); " .. PERDA_SRC,
  unconfirmed = {
    minutes = TRIED.minutes,
    completion = TRIED.completion,
    fee_note = RATE_TRIED,
  },
}

agency:service {
  id = "pbb-sk-njop",
  name = "Surat Keterangan NJOP PBB-P2",
  requirements = {
    "Formulir permohonan surat keterangan NJOP",
    "Fotokopi KTP-el wajib pajak",
    "Fotokopi SPPT PBB-P2 tahun sebelumnya",
    "Fotokopi sertifikat tanah",
    "Surat kuasa bila diajukan kuasa wajib pajak",
    "SPOP yang diisi lengkap bila objek belum terdaftar",
  },
  procedure = {
    "Ambil nomor antrean dan serahkan permohonan",
    "Petugas memeriksa data objek dan status pembayaran",
    "Surat keterangan NJOP diterbitkan",
  },
  minutes = 10,
  -- Sebelumnya { days = 3 } tanpa sumber; standar BPKPAD Demak untuk informasi PBB-P2 (termasuk
  -- SK NJOP): 7 hari kerja sejak berkas lengkap (dicari 2026-12).
  completion = { days = 7 },
  fee = 0,
  fee_note = FREE,
  product = "Surat Keterangan NJOP",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS,
  priority = true,
  source = {
    KLATEN .. " (produk SK NJOP)",
    requirements = PATI_PBB,
    completion = DEMAK_INFO,
  },
  unconfirmed = {
    minutes = TRIED.minutes,
  },
}

agency:service {
  id = "pbb-pembetulan",
  name = "Pembetulan SPPT/SKPD karena Kesalahan Tulis atau Hitung",
  requirements = {
    "Surat permohonan pembetulan",
    "SPPT/SKPD asli tahun berkenaan yang memuat kesalahan",
    "Fotokopi KTP-el atau Kartu Keluarga",
    "Formulir SPOP dan LSPOP (jika ada bangunan)",
    "Surat keterangan kepala desa/lurah letak objek pajak",
    "Surat kuasa bila yang mengajukan bukan wajib pajak",
  },
  procedure = {
    "Ambil nomor antrean dan serahkan permohonan",
    "Petugas meneliti kesalahan tulis, hitung atau penerapan peraturan",
    "Keputusan pembetulan dan SPPT/SKPD yang benar diterbitkan",
  },
  minutes = 15,
  completion = { days = 20, note = "sekitar 1 bulan sejak berkas diterima sampai SPPT hasil pembetulan dibagikan" },
  fee = 0,
  fee_note = FREE,
  product = "Keputusan pembetulan dan SPPT/SKPD pengganti",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS .. " (ketentuan pembetulan ketetapan pajak)",
  priority = true,
  source = {
    "UU 1/2022 dan PP 35/2023 (pembetulan ketetapan pajak)",
    requirements = BANYUMAS_PEMBETULAN,
    completion = BANYUMAS_PEMBETULAN .. ": 1 bulan dari penerimaan berkas sampai pendistribusian SPPT",
  },
  unconfirmed = {
    minutes = TRIED.minutes,
  },
}

agency:service {
  id = "pbb-keberatan",
  name = "Pengajuan Keberatan atas SPPT/SKPD",
  requirements = {
    "Surat keberatan tertulis dalam bahasa Indonesia dengan alasan yang jelas, satu surat untuk satu ketetapan",
    "Diajukan paling lama 3 bulan sejak tanggal SPPT/SKPD diterima",
    "Bukti pelunasan pajak paling sedikit sejumlah yang disetujui wajib pajak",
    "Fotokopi SPPT/SKPD dan KTP-el",
  },
  procedure = {
    "Ambil nomor antrean dan serahkan surat keberatan",
    "Petugas memberi tanda terima",
    "Penelitian dan peninjauan lapangan bila perlu",
    "Keputusan keberatan diterbitkan paling lama 12 bulan sejak surat diterima",
  },
  minutes = 15,
  completion = { days = 20, note = "kurang lebih 1 bulan sejak berkas diterima sampai SPPT hasil keputusan " ..
    "terbit, termasuk penelitian lapangan" },
  fee = 0,
  fee_note = FREE,
  product = "Tanda terima dan Keputusan Keberatan",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS .. " (UU 1/2022 tentang keberatan dan banding)",
  priority = true,
  source = {
    "UU 1/2022 dan PP 35/2023 (ketentuan keberatan pajak daerah)",
    completion = BANYUMAS_KEBERATAN .. ": kurang lebih 1 bulan dari penerimaan berkas sampai SPPT terbit",
  },
  unconfirmed = { minutes = TRIED.minutes },
}

agency:service {
  id = "pbb-pengurangan",
  name = "Permohonan Pengurangan PBB-P2",
  requirements = {
    "Surat permohonan pengurangan dengan alasan",
    "Fotokopi KTP-el dan fotokopi SPPT tahun yang bersangkutan",
    "Fotokopi bukti pelunasan PBB-P2 lima tahun terakhir",
    "Surat pernyataan besarnya penghasilan dan surat pengantar desa/kelurahan",
    "Fotokopi rekening listrik, telepon dan air (PAM) bulan terakhir",
    "Fotokopi bukti surat tanah (sertifikat, akta jual beli, letter C)",
    "Fotokopi kartu pensiun atau veteran (bagi pensiunan/veteran); wajib pajak badan: SPT Tahunan dan laporan laba rugi terakhir",
    "Surat kuasa bila dikuasakan",
  },
  procedure = {
    "Ambil nomor antrean dan serahkan permohonan",
    "Petugas meneliti permohonan dan bukti",
    "Keputusan pengurangan diterbitkan; pajak dibayar sesuai keputusan",
  },
  minutes = 15,
  completion = { days = 20 },
  fee = 0,
  fee_note = FREE,
  product = "Keputusan pengurangan PBB-P2",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS,
  priority = true,
  source = {
    "UU 1/2022 dan PP 35/2023 (pengurangan pokok pajak)",
    requirements = DEMAK_PENGURANGAN,
  },
  unconfirmed = {
    minutes = TRIED.minutes,
    completion = TRIED.completion,
  },
}

agency:service {
  id = "pengurangan-sanksi",
  name = "Permohonan Pengurangan atau Penghapusan Sanksi Administratif Pajak Daerah",
  requirements = {
    "Surat permohonan dengan alasan",
    "Fotokopi KTP-el/NPWPD",
    "Fotokopi surat tagihan pajak daerah atau SPPT yang memuat denda",
  },
  procedure = {
    "Ambil nomor antrean dan serahkan permohonan",
    "Petugas meneliti permohonan",
    "Keputusan pengurangan/penghapusan sanksi diterbitkan",
  },
  minutes = 15,
  completion = { days = 20 },
  fee = 0,
  fee_note = FREE,
  product = "Keputusan pengurangan/penghapusan sanksi administratif",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS,
  priority = true,
  source = "UU 1/2022 dan PP 35/2023 (pengurangan dan penghapusan sanksi administratif)",
  unconfirmed = {
    requirements = TRIED.requirements .. " Dicari lagi 2026-12: standar BPKPAD Demak untuk pengurangan atau " ..
      "penghapusan denda administrasi PBB-P2 (SIPPN 8050065: fotokopi SPPT, KTP, bukti lunas 5 tahun, pengantar " ..
      "desa, rekening listrik/telepon/PAM, SPT dan laba rugi bagi badan, surat kuasa) hanya mencakup denda " ..
      "PBB-P2, bukan sanksi pajak daerah lain; daftar di sini belum diganti dan belum terkonfirmasi.",
    minutes = TRIED.minutes,
    completion = TRIED.completion,
  },
}

------------------------------------------------------------------------------
-- BPHTB
------------------------------------------------------------------------------

agency:service {
  id = "bphtb-validasi",
  name = "Penelitian dan Validasi SSPD BPHTB",
  -- Persyaratan dan alur diubah 2026-12 mengikuti standar BPHTB Bapenda Kab. Banyumas (SIPPN 8097331);
  -- sebelumnya hanya bersumber laman konsultan pajak.
  requirements = {
    "SSPD BPHTB yang diisi (umumnya diajukan Notaris/PPAT yang dikuasakan)",
    "Fotokopi SPPT PBB-P2",
    "Fotokopi KTP wajib pajak",
    "Surat kuasa beserta lampirannya, bila dikuasakan",
    "NPWPD",
    "Surat keterangan waris, hibah atau kematian, bila perolehan karena waris atau hibah",
    "Fotokopi putusan hakim, bila perolehan berdasarkan putusan pengadilan",
  },
  procedure = {
    "Ambil nomor antrean; SSPD dan lampiran diserahkan wajib pajak atau Notaris/PPAT yang dikuasakan",
    "Bila diminta, tim Bapenda memberi informasi harga wajar objek",
    "Wajib pajak membayar BPHTB dan menyerahkan bukti setor (SSPD) beserta lampiran",
    "Tim peneliti mencocokkan NOP, NJOP per meter persegi dan perhitungan BPHTB (NPOP, NPOPTKP, tarif) " ..
      "dengan basis data PBB-P2",
    "Kekurangan berkas diberitahukan untuk dilengkapi; SSPD yang sesuai divalidasi untuk proses akta dan " ..
      "pendaftaran di Kantor Pertanahan",
  },
  minutes = 20,
  completion = { days = 2 },  -- Bapenda Banyumas: 2 hari (dulu 1)
  fee = 0,
  fee_note = "Layanan validasi tidak dipungut biaya. BPHTB = 5% x (NPOP - NPOPTKP); NPOPTKP " ..
    "paling rendah Rp80 juta, waris/hibah wasiat keluarga sedarah garis lurus paling rendah " ..
    "Rp300 juta (UU 1/2022)",
  product = "SSPD BPHTB tervalidasi",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS,
  priority = true,
  source = {
    PERDA_SRC .. "; UU 1/2022 (NPOPTKP)",
    completion = "https://sippn.menpan.go.id/pelayanan-publik/8097331/pemerintah-kab-banyumas/pelayanan-bphtb " ..
      "(standar Pelayanan BPHTB Bapenda Kabupaten Banyumas, Jawa Tengah: penelitian dan validasi SSPD 2 hari)",
    requirements = BANYUMAS_BPHTB,
    procedure = BANYUMAS_BPHTB,
    fee = BANYUMAS_BPHTB,
    fee_note = BANYUMAS_BPHTB .. "; UU 1/2022 Pasal 44-49 (tarif BPHTB paling tinggi 5%, NPOPTKP)",
    product = BANYUMAS_BPHTB,
    complaint_channel = BANYUMAS_BPHTB .. " (pengaduan langsung ke kantor Bapenda); Perpres 76/2013 (SP4N-LAPOR!)",
  },
  unconfirmed = {
    minutes = TRIED.minutes .. " Dicari lagi 2026-12: standar BPHTB Bapenda Banyumas di SIPPN " ..
      "(8097331) hanya memberi 2 hari untuk penelitian berkas yang diunggah PPAT di E-BPHTB, bukan waktu loket.",
  },
  -- Urutan kunjungan (tests/journeys/jual-beli-tanah.txt): BPHTB divalidasi dan
  --   dibayar sebelum pendaftaran peralihan di Kantor Pertanahan (lihat
  --   bpn.lua, peralihan-jual-beli).
  needs = { "sppt-pbb", "ktp-el", "akta-jual-beli" },
  gives = { "bukti-bphtb" },
}

agency:service {
  id = "bphtb-pengurangan",
  name = "Permohonan Pengurangan BPHTB",
  requirements = {
    "Surat permohonan pengurangan dengan alasan (misalnya waris, hibah wasiat, rumah sederhana, kondisi ekonomi)",
    "Fotokopi KTP-el pemohon",
    "SSPD BPHTB dan dokumen perolehan hak",
    "Bukti pendukung alasan permohonan",
  },
  procedure = {
    "Ambil nomor antrean dan serahkan permohonan",
    "Petugas meneliti permohonan",
    "Keputusan pengurangan diterbitkan; BPHTB dibayar sesuai keputusan",
  },
  minutes = 15,
  completion = { days = 20 },
  fee = 0,
  fee_note = FREE,
  product = "Keputusan pengurangan BPHTB",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS,
  priority = true,
  source = "UU 1/2022 dan PP 35/2023 (pengurangan pajak)",
  unconfirmed = {
    requirements = TRIED.requirements,
    minutes = TRIED.minutes,
    completion = TRIED.completion,
  },
}

------------------------------------------------------------------------------
-- PBJT, reklame, air tanah
------------------------------------------------------------------------------

agency:service {
  id = "pendaftaran-wp-pbjt",
  name = "Pendaftaran Wajib Pajak PBJT (makanan/minuman, perhotelan, parkir, kesenian dan hiburan)",
  requirements = {
    "Formulir pendaftaran wajib pajak daerah",
    "Fotokopi KTP-el pemilik/penanggung jawab",
    "Fotokopi NPWP dan NIB/perizinan berusaha",
    "Foto dan alamat lokasi usaha",
  },
  procedure = {
    "Ambil nomor antrean dan serahkan formulir",
    "Petugas meneliti berkas; pendataan lapangan bila perlu",
    "NPWPD dan NOPD diterbitkan",
  },
  minutes = 15,
  completion = { days = 1 },
  fee = 0,
  fee_note = "Pendaftaran tidak dipungut biaya. PBJT 10% dari pembayaran konsumen; jasa " ..
    "hiburan diskotek, karaoke, kelab malam, bar dan mandi uap/spa 40%",
  product = "NPWPD (Nomor Pokok Wajib Pajak Daerah)",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS,
  priority = true,
  source = {
    PERDA_SRC .. "; https://123dok.com/document/y91mg0rq-bupati-ponorogo-provins-peraturan-bupati-ponorogo-tentang-identitas.html (NPWPD)",
    complaint_channel = BAPENDA_COMPLAINT_SRC,
  },
  unconfirmed = {
    requirements = TRIED.requirements,
    minutes = TRIED.minutes,
    completion = TRIED.completion,
    procedure = PBJT_TRIED,
    fee = PBJT_TRIED,
    fee_note = PBJT_TRIED,
    product = PBJT_TRIED,
  },
  -- Urutan kunjungan (tests/journeys/usaha-dan-pajak.txt): pendaftaran wajib pajak
  --   PBJT meminta KTP-el, NPWP dan NIB/perizinan berusaha (sumber layanan ini:
  --   https://123dok.com/document/y91mg0rq-bupati-ponorogo-provins-peraturan-bupati-ponorogo-tentang-identitas.html,
  --   Perbup Ponorogo; Perbup Purbalingga yang setara belum ditemukan), jadi NIB
  --   di DPMPTSP lebih dulu.
  needs = { "ktp-el", "npwp", "nib" },
}

agency:service {
  id = "pelaporan-pbjt",
  name = "Pelaporan SPTPD PBJT dan Penerbitan Kode Bayar",
  requirements = {
    "NPWPD",
    "SPTPD masa pajak yang dilaporkan",
    "Rekap omzet/penjualan masa pajak (bon, hasil alat perekam transaksi)",
  },
  procedure = {
    "Ambil nomor antrean dan serahkan SPTPD",
    "Petugas meneliti SPTPD dan rekap omzet",
    "Kode bayar diterbitkan; pajak disetor ke kas daerah melalui bank",
  },
  minutes = 10,
  completion = { at_counter = true },
  fee = 0,
  fee_note = "Pelaporan tidak dipungut biaya; PBJT 10% dari omzet (hiburan tertentu 40%)",
  product = "Tanda terima SPTPD dan kode bayar",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS,
  priority = true,
  source = {
    PERDA_SRC,
    complaint_channel = BAPENDA_COMPLAINT_SRC,
  },
  unconfirmed = {
    requirements = TRIED.requirements,
    minutes = TRIED.minutes,
    completion = TRIED.completion,
    procedure = PBJT_TRIED,
    fee = PBJT_TRIED,
    fee_note = PBJT_TRIED,
    product = PBJT_TRIED,
  },
}

agency:service {
  id = "pajak-reklame",
  name = "Pendaftaran dan Penetapan Pajak Reklame",
  -- Diubah 2026-12 mengikuti standar pelayanan pajak reklame BPKPAD Klaten (SIPPN 8282519).
  requirements = {
    "Reklame baru: surat rekomendasi/izin titik pemasangan dari DPMPTSP, fotokopi KTP, foto materi " ..
      "reklame dan nomor kontak yang dapat dihubungi",
    "Perpanjangan: formulir pendaftaran yang diisi dan ditandatangani, foto materi reklame, jumlah dan " ..
      "ukuran reklame, surat rekomendasi/izin titik pemasangan, nomor kontak, serta alamat/surel " ..
      "konfirmasi bagi wajib pajak di luar daerah",
  },
  -- Alur diubah 2026-12 mengikuti standar pajak reklame BPKPAD Klaten (SIPPN 8282519).
  procedure = {
    "Ambil nomor antrean; petugas menjelaskan dan memberikan formulir pajak reklame, lalu berkas diserahkan",
    "Petugas menginput data dan memeriksa lokasi reklame (berita acara pemeriksaan lapangan)",
    "SKPD pajak reklame diterbitkan dan ditandatangani pejabat bidang pendapatan",
    "Pajak dibayar melalui bank yang ditunjuk atau transfer ke rekening kas daerah sebelum jatuh tempo",
  },
  minutes = 15,
  -- Standar BPKPAD Klaten (SIPPN 8282519, dibaca lagi 2026-12): reklame baru diproses termasuk
  -- peninjauan lapangan 3 jam per materi reklame, 1 hari bila lebih dari dua materi.
  completion = { days = 1, note = "reklame baru: sekitar 3 jam per materi reklame termasuk peninjauan " ..
    "lapangan; 1 hari kerja bila lebih dari dua materi" },
  fee = 0,
  fee_note = "Pendaftaran tidak dipungut biaya. Pajak reklame = tarif x nilai sewa reklame, " ..
    "tarif menurut Perda 15/2023 (paling tinggi 25% menurut UU 1/2022)",
  product = "SKPD Pajak Reklame",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS,
  priority = true,
  source = {
    "UU 1/2022 (tarif maksimum pajak reklame); " .. PERDA_SRC,
    requirements = "https://sippn.menpan.go.id/pelayanan-publik/8282519/pemerintah-kab-klaten/" ..
      "pelayanan-pajak-reklame (standar pelayanan pajak reklame BPKPAD Kabupaten Klaten, Jawa Tengah, " ..
      "dibaca 2026-12)",
    completion = KLATEN_REKLAME .. ": data baru 3 jam per konten reklame termasuk peninjauan lapangan, " ..
      "lebih dari dua konten 1 hari",
    procedure = KLATEN_REKLAME,
    fee = KLATEN_REKLAME .. ": tidak dipungut biaya",
    product = KLATEN_REKLAME .. ": pendaftaran wajib pajak, penerbitan SKPD reklame dan ID billing",
    complaint_channel = BAPENDA_COMPLAINT_SRC,
  },
  unconfirmed = {
    minutes = TRIED.minutes,
    fee_note = TRIED.fee_note,
  },
}

agency:service {
  id = "pajak-air-tanah",
  name = "Pendaftaran dan Penetapan Pajak Air Tanah",
  requirements = {
    "Formulir pendaftaran wajib pajak air tanah",
    "Fotokopi KTP-el dan NPWP/NIB",
    "Izin/persetujuan pengusahaan air tanah",
    "Data volume pengambilan (catatan meter air) per masa pajak",
  },
  procedure = {
    "Ambil nomor antrean dan serahkan berkas",
    "Petugas menghitung nilai perolehan air tanah",
    "SKPD pajak air tanah diterbitkan; pajak dibayar melalui bank",
  },
  minutes = 15,
  completion = { days = 1 },
  fee = 0,
  fee_note = "Pendaftaran tidak dipungut biaya. Pajak air tanah = tarif x nilai perolehan " ..
    "air tanah, tarif menurut Perda 15/2023 (paling tinggi 20% menurut UU 1/2022)",
  product = "NPWPD dan SKPD Pajak Air Tanah",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS,
  priority = true,
  source = {
    "UU 1/2022 (tarif maksimum pajak air tanah); " .. PERDA_SRC,
    complaint_channel = BAPENDA_COMPLAINT_SRC,
  },
  unconfirmed = {
    requirements = TRIED.requirements,
    minutes = TRIED.minutes,
    completion = TRIED.completion,
    fee_note = TRIED.fee_note,
    procedure = AIR_TANAH_TRIED,
    fee = AIR_TANAH_TRIED,
    product = AIR_TANAH_TRIED,
  },
}

------------------------------------------------------------------------------
-- Lain-lain
------------------------------------------------------------------------------

agency:service {
  id = "surat-keterangan-fiskal",
  name = "Surat Keterangan Fiskal Daerah (Bebas Tunggakan Pajak Daerah)",
  requirements = {
    "Surat permohonan",
    "Fotokopi KTP-el/NPWPD wajib pajak atau akta badan usaha",
    "Bukti lunas pajak daerah (PBB-P2, PBJT, reklame) yang dimiliki",
  },
  procedure = {
    "Ambil nomor antrean dan serahkan permohonan",
    "Petugas memeriksa status pembayaran seluruh pajak daerah pemohon",
    "Surat keterangan fiskal daerah diterbitkan bila tidak ada tunggakan",
  },
  minutes = 15,
  completion = { days = 3 },
  fee = 0,
  fee_note = FREE,
  product = "Surat Keterangan Fiskal Daerah",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS,
  priority = true,
  source = "UU 1/2022; PP 35/2023 tentang Ketentuan Umum Pajak Daerah dan Retribusi Daerah",
  unconfirmed = {
    requirements = TRIED.requirements,
    procedure = TRIED.procedure,
    minutes = TRIED.minutes,
    completion = TRIED.completion,
  },
}

agency:service {
  id = "pengembalian-kelebihan",
  name = "Pengembalian Kelebihan Pembayaran Pajak Daerah",
  requirements = {
    "Surat permohonan pengembalian dengan rincian kelebihan bayar",
    "Fotokopi KTP-el/NPWPD",
    "Bukti pembayaran pajak asli",
    "Fotokopi rekening bank atas nama wajib pajak",
  },
  procedure = {
    "Ambil nomor antrean dan serahkan permohonan",
    "Petugas meneliti kelebihan pembayaran dan utang pajak lain",
    "SKPDLB diterbitkan; kelebihan dikembalikan ke rekening wajib pajak",
  },
  minutes = 15,
  completion = { days = 240, note = "paling lama 12 bulan sejak permohonan diterima" },
  fee = 0,
  fee_note = FREE,
  product = "SKPDLB (Surat Ketetapan Pajak Daerah Lebih Bayar)",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS,
  priority = true,
  source = "UU 1/2022 dan PP 35/2023 (pengembalian kelebihan pembayaran pajak)",
  unconfirmed = {
    requirements = TRIED.requirements,
    minutes = TRIED.minutes,
    completion = TRIED.completion,
  },
}

-- Prioritas didahulukan; satu nomor reguler setelah tiga panggilan
-- prioritas berturut-turut.
agency:route { priority_first = true, regular_after_priority = 3 }
