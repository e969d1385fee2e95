-- Dinas Kependudukan dan Pencatatan Sipil (Dinpendukcapil) Kabupaten
-- Purbalingga: di MPP melayani pendaftaran penduduk (KTP-el, Kartu
-- Keluarga, KIA, pindah datang, biodata, aktivasi IKD) dan pencatatan sipil
-- (akta kelahiran, kematian, perkawinan dan perceraian non-Muslim,
-- pengakuan, pengesahan dan pengangkatan anak, perubahan nama, pembetulan
-- dan kutipan kedua akta) serta legalisasi dokumen kependudukan.
--
-- Sumber (diperiksa 2026-11):
--   * Perbup Purbalingga No. 71 Tahun 2022 tentang Petunjuk Teknis
--     Penyelenggaraan Administrasi Kependudukan, sebagaimana diuraikan di
--     dinpendukcapil.purbalinggakab.go.id/service/detail-sub/... (kematian
--     Pasal 44, perkawinan Pasal 36-40, pembatalan perkawinan Pasal 41,
--     perceraian Pasal 42, surat keterangan pindah Pasal 20-21, pengakuan
--     anak) dan tabel standar pelayanan di
--     dinpendukcapil.purbalinggakab.go.id/akta-kelahiran/ dan /akta-kematian/;
--   * Perpres 96/2018 dan Permendagri 108/2019 (persyaratan dan tata cara
--     pendaftaran penduduk dan pencatatan sipil), dikutip per pasal oleh
--     dukcapil.hsu.go.id/ktp-elektronik/, dukcapil.kuburayakab.go.id dan
--     kependudukan.kebumenkab.go.id (Kartu Keluarga);
--   * Permendagri 2/2016 (KIA), Permendagri 72/2022 (IKD);
--   * UU 23/2006 jo. UU 24/2013 Pasal 79A: seluruh layanan adminduk gratis.
--
-- Jangka waktu penyelesaian dari standar pelayanan instansi yang sama di
-- kabupaten/kota Jawa Tengah lain (dicari 2026-12), karena standar
-- Dinpendukcapil Purbalingga untuk layanan itu tidak ditemukan:
--   * Kartu Keluarga (baru, pisah, ganti kepala keluarga, perubahan data,
--     hilang/rusak): 1 hari, standar Disdukcapil Kebumen
--     (kependudukan.kebumenkab.go.id/index.php/web/post/807);
--   * KTP-el pengganti (hilang/rusak, perubahan data, pindah datang): 1 hari,
--     standar Disdukcapil Kota Magelang di SIPPN; perekaman dan KTP-el baru:
--     1 hari, target yang dinyatakan Kepala Dinpendukcapil Purbalingga (2018,
--     radarbanyumas.disway.id) dan standar Kota Magelang yang sama;
--   * KIA: 3 hari, standar pelayanan Dindukcapil Banyumas (keputusan kepala
--     dinas September 2022, Lampiran IV; dindukcapil.banyumaskab.go.id/page/36126);
--   * akta kelahiran dan pindah datang (KK alamat baru): 1 hari (paling lama
--     1 x 24 jam), standar pelayanan Disdukcapil Kabupaten Kudus di laman
--     dinasnya (disdukcapilkudus.com, dicari 2026-12; tahun penetapan tidak
--     tertera di halaman, keputusan standar pelayanan Disdukcapil Kudus terbaru
--     yang ditemukan bernomor 067.1/0344.1/14.00/2020). Tabel standar
--     dinpendukcapil.purbalinggakab.go.id/akta-kelahiran/ tidak terbaca pada
--     pencarian 2026-12, sehingga isinya belum dapat dicocokkan;
--   * biodata penduduk: 1 hari (24 jam sejak berkas lengkap), standar
--     Disdukcapil Kota Pekalongan di laman dinasnya; kutipan kedua akta: 7 hari
--     kerja, persyaratan dan mekanisme pelayanan Dispendukcapil Kota Surakarta
--     (keduanya dicari 2026-12, tahun penetapan tidak tertera di halaman).
-- Nilai-nilai itu menggantikan `at_counter` yang sebelumnya tanpa sumber.
--
-- Belum terkonfirmasi: waktu layanan di loket (minutes) untuk semua layanan
-- kecuali pencatatan kematian (30 menit, tabel standar pelayanan
-- Dinpendukcapil Purbalingga) dan surat keterangan pindah (15 menit,
-- purbalinggakab.go.id): standar Jawa Tengah yang terbaca hanya memberi hari,
-- bukan menit; nilai lain diisi dengan waktu loket yang lazim dan ditandai
-- `unconfirmed`. Jangka waktu penyelesaian belum terkonfirmasi untuk KTP-el
-- luar domisili, IKD, pindah luar negeri, akta perkawinan, pengesahan dan
-- pengangkatan anak, perubahan nama, pembetulan akta, dan legalisasi;
-- persyaratan belum terkonfirmasi untuk legalisasi (persyaratan pindah luar
-- negeri mengikuti laman Dinpendukcapil Purbalingga, dicari 2026-12), untuk
-- pengesahan anak, pengangkatan anak dan perubahan nama, serta alur KTP-el luar
-- domisili: hanya dari Disdukcapil di luar Jawa Tengah atau blog (dicari lagi
-- 2026-12). Persyaratan KTP-el luar domisili kini mengikuti Permendagri 8/2016
-- Pasal 15 (tanya jawab Dispendukcapil Kab. Grobogan). Persyaratan IKD kini mengikuti Permendagri
-- 72/2022 Pasal 18 ayat (2); persyaratan dan alur biodata WNI mengikuti standar
-- Disdukcapil Kota Pekalongan; alur dan produk pencatatan sipil tersebut
-- mengikuti UU 23/2006 Pasal 47, 50 dan 52. Tidak ada nomor
-- telepon/WhatsApp pengaduan Dinpendukcapil yang terkonfirmasi, maka kanal
-- pengaduan hanya menyebut SP4N-LAPOR! (wajib bagi semua instansi, Perpres
-- 76/2013) dan pengaduan langsung.
--
-- Dicari lagi (2026-12; laman SIPPN dan laman standar per layanan Disdukcapil
-- Demak, Sragen, Boyolali, Klaten, Kab. Magelang, Temanggung, Purworejo, Kab.
-- Pekalongan, Kab. Semarang, Kota Salatiga, Kota Magelang dan Purbalingga) tidak
-- menambah fakta terkonfirmasi: yang memuat menit hanya keterangan Kepala
-- Disdukcapil Kab. Tegal di berita (rata-rata sekitar 20 menit per permohonan,
-- 2020), bukan standar pelayanan, maka tidak dipakai; lihat `unconfirmed`.
--
-- Dicari lagi (2026-12; kompilasi standar MPP Jawa Tengah,
-- SIPPN, standar Disdukcapil Kendal, Demak, Wonosobo, Kab. Semarang) tidak
-- menambah fakta terkonfirmasi: dokumen yang dapat dibaca hanya terbaca sampai
-- dasar hukum atau persyaratan. Apa yang dicari dicatat di `unconfirmed`.
--
-- Persyaratan dan alur kutipan kedua akta (penerbitan kembali akta pencatatan
-- sipil) sejak 2026-12 mengikuti laman Dinpendukcapil Purbalingga
-- (dinpendukcapil.purbalinggakab.go.id/service/detail-sub/penerbitan-kembali-
-- akta-pencatatan-sipil, Perbup 71/2022 Pasal 54). Dicari lagi 2026-12 untuk
-- waktu loket, jangka waktu IKD dan legalisasi, serta syarat legalisasi (SIPPN
-- Kota Magelang, Kab. Sukoharjo, Banjarnegara, kabupaten Jawa Tengah lain,
-- teks Pasal 18-19 Permendagri 104/2019): belum ada yang terkonfirmasi. Dicari lagi
-- 2026-12 (laman standar per layanan Disdukcapil Kota dan Kab. Pekalongan, Cilacap, Kab. Tegal,
-- ringkasan Permendagri 104/2019 dan 19/2018): jangka waktu IKD dan legalisasi, syarat legalisasi,
-- syarat pengesahan/pengangkatan anak dan perubahan nama serta waktu loket tetap belum terkonfirmasi.
-- Dicari lagi 2026-12 (salinan Permendagri 72/2022 dan 104/2019, Perbup Pati 65/2017, laman standar per layanan
-- Disdukcapil Wonogiri dan Kebumen): jangka waktu IKD dan legalisasi serta syarat legalisasi tetap belum terkonfirmasi.

local BASIS = "UU 23/2006 tentang Administrasi Kependudukan jo. UU 24/2013; " ..
  "Perpres 96/2018 tentang Persyaratan dan Tata Cara Pendaftaran Penduduk " ..
  "dan Pencatatan Sipil; Permendagri 108/2019; Perbup Purbalingga 71/2022"
local FREE = "Gratis: UU 24/2013 Pasal 79A melarang pungutan biaya layanan " ..
  "administrasi kependudukan"
local COMPLAINT = "SP4N-LAPOR! (www.lapor.go.id, SMS 1708); pengaduan langsung " ..
  "ke petugas Dinpendukcapil Kabupaten Purbalingga di MPP"
local PERBUP = "Perbup Purbalingga 71/2022 (dinpendukcapil.purbalinggakab.go.id)"
local HSU = "https://dukcapil.hsu.go.id/ktp-elektronik/ (Pasal 15 Perpres 96/2018)"
-- Sumber per fakta yang dipakai beberapa layanan (dicari 2026-12).
local FEE_SRC = "UU 24/2013 Pasal 79A"
local COMPLAINT_SRC = "Perpres 76/2013 tentang Pengelolaan Pengaduan Pelayanan Publik (SP4N-LAPOR!)"
-- Standar pelayanan Disdukcapil Kebumen (Jawa Tengah) untuk Kartu Keluarga: "Jangka Waktu:
-- 1 hari selesai" untuk KK baru, penggantian kepala keluarga, perubahan data, hilang/rusak.
local KEBUMEN_KK = "https://kependudukan.kebumenkab.go.id/index.php/web/post/807/1--kartu-keluarga " ..
  "(standar pelayanan Disdukcapil Kabupaten Kebumen, jangka waktu KK: 1 hari selesai)"
-- Standar pelayanan Disdukcapil Kota Magelang (Jawa Tengah) di SIPPN: KTP-el baru karena
-- pindah, perubahan data, rusak dan hilang selesai 1 hari (masuk hari ini, diambil besok).
local MAGELANG_KTP = "https://sippn.menpan.go.id/pelayanan-publik/8021786/pemerintah-kota-magelang/" ..
  "penerbitan-ktp-el-baru-karena-pindah-perubahan-data-rusak-dan-hilang-untuk-wni " ..
  "(standar pelayanan Disdukcapil Kota Magelang di SIPPN, jangka waktu 1 hari)"
-- Standar pelayanan Disdukcapil Kabupaten Kudus (Jawa Tengah) di laman dinasnya
-- (dicari 2026-12): pencatatan kelahiran dan Kartu Keluarga (termasuk KK karena pindah
-- alamat dengan Surat Keterangan Pindah/Pindah Datang) selesai paling lama 1 x 24 jam
-- sejak persyaratan lengkap.
local KUDUS_LAHIR = "https://disdukcapilkudus.com/pencatatan-kelahiran/ (standar pelayanan " ..
  "Disdukcapil Kabupaten Kudus, tahun tidak tertera: jangka waktu penyelesaian akta kelahiran " ..
  "maksimal 1 x 24 jam)"
local KUDUS_KK = "https://disdukcapilkudus.com/pelayanan-kartu-keluarga/ (standar pelayanan " ..
  "Disdukcapil Kabupaten Kudus, tahun tidak tertera: KK baru/perubahan, termasuk pindah alamat dengan Surat " ..
  "Keterangan Pindah Datang, selesai maksimal 1 x 24 jam setelah persyaratan lengkap)"
-- Dicari lagi (2026-12) untuk fakta yang tetap belum terkonfirmasi.
local TRIED2 = {
  ikd = " Dicari lagi 2026-12: standar IKD Disdukcapil Jawa Tengah tidak " ..
    "ditemukan; yang terbaca hanya SIPPN Disdukcapil Wakatobi (10 menit/30 menit/1 x 24 jam " ..
    "tergantung jaringan, Sulawesi Tenggara) dan berita/laman Yogyakarta, Kediri, Pandeglang " ..
    "(bukan Jawa Tengah); Permendagri 72/2022 tidak memuat jangka waktu aktivasi.",
  legalisasi = " Dicari lagi 2026-12: laman standar Disdukcapil Kudus " ..
    "(disdukcapilkudus.com), Wonogiri (disdukcapil.wonogirikab.go.id/jenispelayanan) dan SIPPN " ..
    "tidak memuat layanan legalisir yang terbaca; berita murianews.com (Kudus, 2022) hanya " ..
    "menyebut jumlah pemohon; standar legalisir yang lengkap (syarat dokumen asli dan " ..
    "fotokopi, 20 menit) tetap hanya milik Disdukcapil Sleman (DIY).",
  kelahiran = "Tabel standar pelayanan dinpendukcapil.purbalinggakab.go.id/akta-kelahiran/ " ..
    "tidak terbaca pada pencarian 2026-12 (laman tidak ditemukan), " ..
    "maka waktu loketnya belum dapat dicocokkan; standar Disdukcapil Kudus dan Sragen yang " ..
    "terbaca tidak memuat waktu dalam menit.",
}

-- What was looked up for each fact the services below leave unconfirmed
-- (`mppctl facts dukcapil` lists them per service).
local TRIED = {
  requirements = "Persyaratan dikutip dari Perpres 96/2018 lewat halaman Dukcapil kabupaten lain; " ..
    "halaman Dinpendukcapil Purbalingga untuk layanan ini tidak ditemukan (diperiksa " ..
    "2026-11). Dicari lagi 2026-12 di laman-laman publik (standar pelayanan Dindukcapil " ..
    "Banyumas 2022 per lampiran, Disdukcapil Wonogiri, Kebumen, Purworejo 2023 di 123dok, " ..
    "SIPPN): halaman yang memuat layanan ini terpotong sebelum persyaratannya atau tidak " ..
    "ditemukan; standar legalisir yang terbaca hanya milik Disdukcapil Sleman (DIY), bukan " ..
    "Jawa Tengah, maka tidak dipakai.",
  minutes = "Tabel standar pelayanan dinpendukcapil.purbalinggakab.go.id hanya memberi waktu untuk " ..
    "akta kematian (30 menit) dan surat pindah (15 menit); Perbup Purbalingga 71/2022 dan " ..
    "Perpres 96/2018 tidak menyebut waktu loket (diperiksa 2026-11). Perlu tabel standar " ..
    "pelayanan Dinpendukcapil yang lengkap. Dicari lagi 2026-12: standar Disdukcapil Kota " ..
    "Pekalongan (disdukcapil.pekalongankota.go.id) memuat 'waktu pelayanan' sebagai jam buka, " ..
    "bukan menit; Dispenduk Magetan memberi 15 menit untuk KK di desa (Jawa Timur, bukan " ..
    "layanan MPP); standar Disdukcapil Kebumen dan Kab. Pekalongan 2021 (123dok) terpotong " ..
    "sebelum komponen waktu. Dicari lagi 2026-12 (standar pelayanan Disdukcapil " ..
    "Banyumas, Banjarnegara, Cilacap, Pemalang, Tegal, Klaten, Kota Semarang, Kota Magelang, " ..
    "Wonogiri, Purworejo, Kebumen; SIPPN; berita Dinpendukcapil Purbalingga): standar Jawa " ..
    "Tengah yang terbaca (Dindukcapil Banyumas 2022, Kebumen, Purworejo 2023, Kota Magelang " ..
    "di SIPPN, Wonogiri) memberi jangka waktu penyelesaian dalam hari, bukan waktu loket " ..
    "dalam menit; angka menit hanya ditemukan di luar Jawa Tengah (Disdukcapil Sleman DIY: " ..
    "legalisir 20 menit; Kota Batu, Jawa Timur: KTP-el 30 menit; Wakatobi: IKD 10-30 " ..
    "menit), maka tidak dipakai.",
  completion = "Perbup Purbalingga 71/2022 (seperti diuraikan dinpendukcapil.purbalinggakab.go.id) " ..
    "hanya memberi jangka waktu untuk perceraian, pembatalan perkawinan dan pengakuan anak; " ..
    "Permendagri 19/2018 (peningkatan kualitas layanan adminduk) belum terbaca pasalnya; " ..
    "dicari 2026-12 di laman-laman publik (standar pelayanan instansi ini di Purbalingga " ..
    "dan kabupaten Jawa Tengah lain, kata kunci 'jangka waktu penyelesaian'): tidak ada " ..
    "angka untuk layanan ini. Dicari lagi 2026-12: Disdukcapil Kebumen memberi KK '1 hari " ..
    "selesai' (kependudukan.kebumenkab.go.id/index.php/web/post/807), Kota Pekalongan " ..
    "biodata 'penyelesaian 24 jam', Bontang KK '1-3 hari kerja'; angka-angka itu tidak " ..
    "menyatakan dokumen diserahkan saat kunjungan, dan Permendagri 19/2018 (scribd) terbaca " ..
    "hanya sampai konsiderans. Dicari lagi 2026-12: teks pasal Permendagri 19/2018 tidak " ..
    "ditemukan di laman-laman publik maupun repositori; standar Dindukcapil Banyumas 2022 " ..
    "(per lampiran), Disdukcapil Wonogiri dan Purworejo 2023 untuk layanan ini terpotong " ..
    "sebelum komponen jangka waktu; yang terbaca hanya dari luar Jawa Tengah (Bontang, " ..
    "Lamongan, Wakatobi), maka tidak dipakai.",
}

-- Dicari lagi (2026-12, sudut baru: kompilasi standar MPP, SIPPN dengan kalimat isi
-- standar, standar Disdukcapil kabupaten Jawa Tengah lain); ditambahkan ke teks "tried".
TRIED.minutes = TRIED.minutes .. " Dicari lagi (2026-12): kompilasi standar Disdukcapil " ..
  "Jawa Tengah yang dapat dibaca (Kab. Kendal 2023 di scribd 682471859, Kab. Demak Nomor 016 Tahun 2022 di " ..
  "scribd 617348234, Kab. Wonosobo 2021 di 123dok, Kab. Pekalongan 470/654/2021 dan Kebumen 060/02/2021 " ..
  "di 123dok, Kab. Semarang di dukcapil.semarangkab.go.id dan capil.semarangkab.go.id) hanya terbaca " ..
  "sampai dasar hukum atau persyaratan; SIPPN Kota Salatiga (KTP-el lewat kecamatan) memberi 1 hari " ..
  "kerja, bukan menit; angka menit dari SIPPN hanya milik Kota Sorong dan Kapanewon Cangkringan (DIY), " ..
  "bukan Jawa Tengah; laman standar MPP Purbalingga (mpp.purbalinggakab.go.id/web/detail_layanan) untuk " ..
  "Dinpendukcapil tidak ditemukan."
TRIED.completion = TRIED.completion .. " Dicari lagi (2026-12): standar Disdukcapil Kab. " ..
  "Semarang per layanan (biodata: dukcapil.semarangkab.go.id/content/index/4/69/67; akta perkawinan: " ..
  "capil.semarangkab.go.id) terpotong tepat sebelum komponen waktu; kompilasi Kendal 2023 dan Demak " ..
  "2022 hanya terbaca halaman awal; tidak ada angka untuk layanan ini."
TRIED.requirements = TRIED.requirements .. " Dicari lagi (2026-12): berita Disdukcapil Kota " ..
  "Magelang (radarsemarang 2017 dan 2018), Kab. Semarang (2017), Kota Pekalongan (radarpekalongan) dan " ..
  "Dinpendukcapil Purbalingga (purbalinggakab.go.id 2017) hanya menyebut jumlah pemohon dan batas " ..
  "rangkap, bukan daftar syarat terbit; SIPPN dengan kalimat isi standar legalisir hanya memunculkan " ..
  "Jakarta Utara dan Surabaya (bukan Jawa Tengah)."
TRIED2.ikd = TRIED2.ikd .. " Dicari lagi (2026-12): laman dan berita IKD Jawa Tengah " ..
  "(disdukcapil.tegalkab.go.id 2025, infosemarang.com 2024 untuk Kota Semarang) hanya memuat langkah " ..
  "aktivasi, tanpa jangka waktu; SIPPN dengan kalimat isi standar IKD tidak memunculkan standar Jawa Tengah."
TRIED2.legalisasi = TRIED2.legalisasi .. " Dicari lagi (2026-12): Dindukcapil Kota " ..
  "Pekalongan hanya lewat kesaksian pemohon di berita (sekitar satu jam saat musim PPDB), bukan standar; " ..
  "Disdukcapil Kota Magelang (berita 2018): legalisir akta terbitan daerah lain menunggu surat konfirmasi " ..
  "berminggu-minggu, juga bukan standar."

-- Dicari lagi (2026-12, sudut baru: standar per layanan yang ditulis seperti laman SIPPN, kabupaten Jawa
-- Tengah yang belum dicoba, teks pasal Permendagri 104/2019 tentang legalisir); ditambahkan ke teks "tried".
TRIED.minutes = TRIED.minutes .. " Dicari lagi (2026-12): SIPPN dengan isi standar per layanan untuk " ..
  "Disdukcapil Kota Magelang (layanan selain KTP-el), Kab. Sukoharjo dan Kab. Banjarnegara, lampiran standar " ..
  "Dindukcapil Banyumas 2022 per layanan, serta standar Disdukcapil Brebes, Batang, Blora, Rembang, Pati, " ..
  "Jepara dan Boyolali: tidak ada waktu loket dalam menit; laman standar yang memberi menit tetap hanya dari " ..
  "luar Jawa Tengah."
TRIED.completion = TRIED.completion .. " Dicari lagi (2026-12): SIPPN Disdukcapil Kota Magelang dengan " ..
  "kalimat isi standarnya ('hari ini masuk besok diambil') untuk akta perkawinan, pengesahan anak, perubahan " ..
  "nama dan pembetulan akta, laman Disdukcapil Karanganyar tentang pengakuan, pengangkatan dan pengesahan " ..
  "anak (terpotong sebelum jangka waktu) dan laman Dinpendukcapil Purbalingga per layanan: jangka waktu Jawa " ..
  "Tengah untuk layanan ini tidak ditemukan; yang memuat angka hanya dari luar Jawa Tengah (Kota Bima, " ..
  "Mataram, Deli Serdang, Surabaya), maka tidak dipakai."
TRIED2.ikd = TRIED2.ikd .. " Dicari lagi (2026-12): SIPPN dengan isi standar aktivasi IKD (syarat KTP-el, " ..
  "ponsel, surel; pindai kode QR) dan berita Dinpendukcapil Purbalingga (radarbanyumas.disway.id dan " ..
  "indonewsportal.com, Juni 2024: jemput bola aktivasi, 205 aktivasi per hari) tidak memuat jangka waktu " ..
  "penyelesaian; standar Jawa Tengah untuk aktivasi IKD tetap tidak ditemukan."
TRIED2.legalisasi = TRIED2.legalisasi .. " Dicari lagi (2026-12): teks Pasal 18-19 Permendagri 104/2019 " ..
  "tentang Pendokumentasian Administrasi Kependudukan (pengaturan legalisir) dicari di laman publik; yang " ..
  "terbaca hanya kutipan Pasal 19 ayat (6) di berita (idntimes.com, kontan.co.id, tribunnews 2024: dokumen " ..
  "ber-TTE dan KTP-el tidak perlu legalisir), tanpa daftar syarat atau jangka waktu; syarat legalisir " ..
  "Disdukcapil Kota Surabaya (2024: dokumen asli, KTP/KK, bukti keabsahan dari daerah penerbit) di luar Jawa " ..
  "Tengah, maka tidak dipakai; standar legalisir di SIPPN untuk Kota Magelang dan Kab. Sukoharjo tidak " ..
  "ditemukan; laman Dinpendukcapil Purbalingga tentang legalisir tidak ditemukan."

-- Standar pelayanan Dinas Kependudukan dan Pencatatan Sipil kota lain di Jawa Tengah (dicari 2026-12).
local PEKALONGAN_BIODATA = "https://disdukcapil.pekalongankota.go.id/halaman/pencatatan-dan-penerbitan-biodata-penduduk.html " ..
  "(standar pelayanan Disdukcapil Kota Pekalongan, Jawa Tengah, tahun tidak tertera di halaman: biodata " ..
  "penduduk selesai 24 jam sejak berkas dinyatakan lengkap)"
local SURAKARTA_KUTIPAN = "https://dispendukcapil.surakarta.go.id/persyaratan-dan-mekanisme-pelayanan-penerbitan-kutipan-kedua-dan-seterusnya/ " ..
  "(persyaratan dan mekanisme pelayanan Dispendukcapil Kota Surakarta, Jawa Tengah, tahun tidak tertera di " ..
  "halaman: kutipan kedua dan seterusnya selesai 7 hari kerja sejak persyaratan dipenuhi)"

-- Dicari lagi (2026-12): laman standar per layanan Disdukcapil Jawa Tengah yang belum dicoba.
TRIED.minutes = TRIED.minutes .. " Dicari lagi (2026-12): laman standar per layanan Dispendukcapil " ..
  "Grobogan (KTP-el: 1 hari luring, 3 hari daring), Disdukcapil Kota Pekalongan (komponen 'waktu pelayanan' " ..
  "berisi hari dan jam buka, penyelesaian dalam jam), Disdukcapil Wonogiri (/layanan/...), Sragen, " ..
  "Karanganyar, Kab. Pekalongan dan Temanggung, serta pedoman pelayanan Dispendukcapil Kota Surakarta 2016 " ..
  "(docplayer/scribd, hanya terbaca kata pengantar): tidak ada waktu loket dalam menit."
TRIED.completion = TRIED.completion .. " Dicari lagi (2026-12): laman standar per layanan Dispendukcapil " ..
  "Grobogan, Disdukcapil Kota Pekalongan, Karanganyar, Sragen, Kab. Pekalongan dan Dispendukcapil Kota " ..
  "Surakarta; yang memberi angka hanya biodata (Kota Pekalongan, 24 jam) dan kutipan kedua akta (Kota " ..
  "Surakarta, 7 hari kerja), dipakai untuk layanan itu; standar akta perkawinan Dispendukcapil Kab. " ..
  "Sukoharjo di SIPPN (8024827) dan Disdukcapil Wonogiri (jenispelayanan/detail/27/1) terpotong sebelum " ..
  "komponen jangka waktu; untuk layanan ini tidak ditemukan."
TRIED.requirements = TRIED.requirements .. " Dicari lagi (2026-12): laman standar Dispendukcapil Kota " ..
  "Surakarta, Disdukcapil Kota Pekalongan (FAQ: dokumen ber-TTE tidak perlu legalisir, tanpa daftar syarat), " ..
  "Grobogan, Sragen dan Karanganyar; Perbup Kudus 19/2006 tentang pendelegasian penandatanganan dan " ..
  "legalisir dokumen kependudukan hanya terbaca judulnya; tidak ada daftar syarat legalisir Jawa Tengah."
TRIED2.ikd = TRIED2.ikd .. " Dicari lagi (2026-12): laman standar per layanan Dispendukcapil Grobogan, " ..
  "Disdukcapil Wonogiri, Sragen, Kota Pekalongan dan kompilasi Disdukcapil Kudus 2020 (keputusan " ..
  "067.1/0344.1/14.00/2020, hanya terbaca konsiderans) tidak memuat standar aktivasi IKD; laman " ..
  "Dinpendukcapil Purbalingga tentang IKD (sosialisasi TMMD Sengkuyung, Oktober 2025) dan berita " ..
  "radarbanyumas.disway.id 2023/2024 hanya memuat konsep IKD dan capaian aktivasi, tanpa jangka waktu."

-- Dicari lagi (2026-12): laman SIPPN dan laman standar per layanan Disdukcapil kabupaten/kota Jawa
-- Tengah (per komponen: persyaratan, prosedur, jangka waktu, biaya, produk, pengaduan); ditambahkan ke
-- teks "tried". Tidak ada fakta baru yang terkonfirmasi.
TRIED.minutes = TRIED.minutes .. " Dicari lagi (2026-12): laman SIPPN (sippn.menpan.go.id) Disdukcapil " ..
  "Jawa Tengah per layanan (KK, KTP-el, KIA, akta kelahiran, legalisir) untuk Kab. Demak, Sragen, Boyolali, " ..
  "Klaten, Kota Salatiga, Kota Magelang dan Kab. Purbalingga sendiri: yang ditemukan tetap hanya laman KTP-el " ..
  "Kota Magelang (8021786: 1 hari, tanpa menit); laman standar per layanan Disdukcapil Sragen " ..
  "(capil.mangospot.net), Kab. Magelang (scribd 668083777, KK), Temanggung " ..
  "(dindukcapil.temanggungkab.go.id/produk/3-kartu-keluarga-kk), Purworejo (123dok, 17-KTP-el.pdf), " ..
  "Kab. Pekalongan (disdukcapil.pekalongankab.go.id, penerbitan KK) dan Kab. Semarang terbaca hanya sampai " ..
  "persyaratan atau alur. Kepala Disdukcapil Kab. Tegal " ..
  "(setda.tegalkab.go.id, Juni 2020) menyebut satu permohonan rata-rata sekitar 20 menit, tetapi itu " ..
  "keterangan di berita, bukan standar pelayanan yang ditetapkan, maka tidak dipakai (petunjuk bagi " ..
  "penghubung instansi)."
TRIED.completion = TRIED.completion .. " Dicari lagi (2026-12): potongan standar pelayanan Disdukcapil " ..
  "Purworejo di 123dok (pengakuan anak: 1 hari; KTP-el termasuk luar domisili dan KK: terbaca hanya sampai " ..
  "persyaratan/alur; layanan ini tidak ditemukan), Dindukcapil Temanggung (kutipan akta perkawinan, " ..
  "terpotong sebelum jangka waktu), SIPPN Kab. Sukoharjo (8024827, akta perkawinan, terpotong), " ..
  "Disdukcapil Kab. Pekalongan (pengakuan anak, terpotong) dan Karanganyar (pengakuan, pengangkatan dan " ..
  "pengesahan anak, terpotong); berita Disdukcapil Kudus (joglojateng.com, September 2019) tentang akta " ..
  "perkawinan hanya keterangan pejabat, bukan standar. Angka yang terbaca dari luar Jawa Tengah (Bontang: " ..
  "akta perkawinan 2 hari kerja; Kota Probolinggo: pembetulan akta 3 hari kerja; Kota Surabaya: pengesahan " ..
  "anak 7 hari kerja) tidak dipakai."
TRIED2.ikd = TRIED2.ikd .. " Dicari lagi (2026-12): standar aktivasi IKD yang disusun per komponen " ..
  "(persyaratan ponsel dan surel, jangka waktu) untuk Disdukcapil Jawa Tengah, termasuk SIPPN: yang terbaca " ..
  "hanya berita dan laman di luar Jawa Tengah (Depok, Kab. Kediri, Karangasem, Kota Yogyakarta, " ..
  "Pandeglang), tanpa jangka waktu penyelesaian."
TRIED2.legalisasi = TRIED2.legalisasi .. " Dicari lagi (2026-12): standar legalisir Disdukcapil Sragen " ..
  "(capil.mangospot.net), Purworejo (potongan standar di 123dok), Kab. Magelang, Temanggung " ..
  "(dindukcapil.temanggungkab.go.id/produk/...), Kab. Pekalongan dan SIPPN Jawa Tengah: laman legalisir " ..
  "tidak ditemukan; Disdukcapil Kab. Tegal (radartegal.disway.id, Juli 2023) menyatakan tidak melayani " ..
  "legalisir dokumen ber-TTE dan KTP-el (Permendagri 104/2019 Pasal 19 ayat (6)), tanpa daftar syarat atau " ..
  "jangka waktu; SIPPN legalisir yang memuat syarat dan waktu hanya milik kecamatan di Jakarta Utara dan " ..
  "Minahasa Selatan (bukan Disdukcapil, bukan Jawa Tengah)."
TRIED2.kelahiran = TRIED2.kelahiran .. " Dicari lagi (2026-12): standar akta kelahiran Dindukcapil Banyumas " ..
  "(Lampiran X keputusan 470/140/2022, dindukcapil.banyumaskab.go.id/page/36119), Disdukcapil Sragen " ..
  "(capil.mangospot.net/akta-kelahiran.html) dan Wonogiri terbaca hanya sampai persyaratan atau alur; " ..
  "tabel dinpendukcapil.purbalinggakab.go.id/akta-kelahiran/ tetap tidak ditemukan."

-- Sumber yang mengganti sumber di luar Jawa Tengah atau blog (dicari 2026-12).
local IKD_REQ_SRC = "Permendagri 72/2022 Pasal 18 ayat (2) (persyaratan IKD: memiliki gawai, telah memiliki " ..
  "KTP-el fisik atau sudah melakukan perekaman, serta memiliki surel dan nomor ponsel), dikutip " ..
  "https://wartadesa.my.id/2022/11/polres-sukoharjo-sosialisasikan-ktp_32.html dan " ..
  "https://tirto.id/cara-aktivasi-identitas-kependudukan-digital-download-aplikasi-gA8C"
local IKD_PROC_SRC = "Permendagri 72/2022 (penyelenggaraan IKD; tata cara pendaftaran: unduh aplikasi, registrasi " ..
  "NIK, nomor ponsel dan surel, verifikasi wajah, pemindaian kode QR oleh petugas Dinas, aktivasi lewat surel), " ..
  "dikutip bersama persyaratan Pasal 18 ayat (2) oleh " ..
  "https://tirto.id/cara-aktivasi-identitas-kependudukan-digital-download-aplikasi-gA8C"
local IKD_PRODUCT_SRC = "Permendagri 72/2022 Pasal 13 ayat (2) (IKD: informasi elektronik yang merepresentasikan " ..
  "dokumen kependudukan dalam aplikasi digital pada gawai), dikutip " ..
  "https://kabar24.bisnis.com/read/20231219/243/1724825/cara-membuat-ikd-syarat-pengertian-tujuan-dan-fungsinya"
local HSU_ONLY = "Alur ini hanya bersumber laman Disdukcapil Kab. Hulu Sungai Utara (Kalimantan Selatan), " ..
  "bukan Dinpendukcapil Purbalingga atau Disdukcapil lain di Jawa Tengah. Dicari 2026-12: tanya jawab " ..
  "Dispendukcapil Kab. Grobogan (Permendagri 8/2016 Pasal 15) hanya memuat ketentuan penerbitan, bukan alur; " ..
  "pasal Permendagri 108/2019 tentang KTP-el di luar domisili tidak terbaca; belum terkonfirmasi."
local GROBOGAN_LUAR = "https://dispendukcapil.grobogan.go.id/tanyajawab (Dispendukcapil Kab. Grobogan, Jawa " ..
  "Tengah, dibaca 2026-12: menurut Permendagri 8/2016 Pasal 15, KTP-el di luar domisili diterbitkan bagi " ..
  "penduduk yang telah merekam data dan kehilangan atau rusak KTP-el di luar domisili, tanpa perubahan elemen data)"
local CAPIL_REQ_TRIED = "Daftar ini hanya dari laman Disdukcapil di luar Jawa Tengah atau blog (Kab. Pandeglang, " ..
  "Kab. Tanah Bumbu, Kelurahan Sedanau Kab. Natuna, aidils-organization.gitbook.io). Dicari 2026-12: laman " ..
  "Dinpendukcapil Purbalingga untuk layanan ini tidak ditemukan; laman Disdukcapil Kab. Karanganyar (pengakuan, " ..
  "pengangkatan dan pengesahan anak) hanya terbaca sebagian dan masih merujuk Perpres 25/2008 yang sudah " ..
  "diganti; pasal persyaratan Perpres 96/2018 untuk layanan ini tidak terbaca; belum terkonfirmasi."

-- Dicari lagi (2026-12): teks pasal Permendagri 19/2018 dan 104/2019, laman standar per layanan Disdukcapil
-- Kota dan Kab. Pekalongan, Cilacap, Kab. Tegal dan Dinpendukcapil Purbalingga; ditambahkan ke teks "tried".
-- Tidak ada fakta baru yang terkonfirmasi.
TRIED.minutes = TRIED.minutes .. " Dicari lagi 2026-12: halaman SIPPN dengan 'Jangka Waktu Pelayanan ... menit' " ..
  "untuk Disdukcapil Jawa Tengah dan laman layanan MPP Purbalingga untuk Dinpendukcapil: tidak ditemukan."
TRIED2.ikd = TRIED2.ikd .. " Dicari lagi 2026-12: laman standar per layanan Disdukcapil Kota Pekalongan " ..
  "(halaman/...), Kab. Pekalongan dan Kab. Tegal (berita April 2025: aktivasi juga di MPP, tanpa waktu) serta " ..
  "berita Dinpendukcapil Purbalingga: tidak ada jangka waktu aktivasi IKD."
TRIED2.legalisasi = TRIED2.legalisasi .. " Dicari lagi 2026-12: ringkasan Pasal 18-19 Permendagri 104/2019 " ..
  "(idcorner.co.id, CNN Indonesia) hanya menyebut dokumen yang masih perlu dilegalisir dan oleh siapa, tanpa " ..
  "daftar syarat atau waktu; laman legalisir Disdukcapil Cilacap, Kab. dan Kota Pekalongan tidak ditemukan."
CAPIL_REQ_TRIED = CAPIL_REQ_TRIED .. " Dicari lagi 2026-12: laman standar per layanan Disdukcapil Kab. Pekalongan " ..
  "dan Kota Pekalongan untuk layanan ini tidak ditemukan (yang ada hanya pengakuan anak dan biodata)."

-- Dicari lagi 2026-12 (teks Permendagri 72/2022 dan 104/2019, Perbup adminduk Jawa Tengah, laman standar per
-- layanan Disdukcapil Wonogiri dan Kebumen): jangka waktu IKD serta syarat dan jangka waktu legalisir tetap
-- belum terkonfirmasi; ditambahkan ke teks "tried".
TRIED2.ikd = TRIED2.ikd .. " Dicari lagi 2026-12: salinan Permendagri 72/2022 (lihatdokumen.blogspot.com) dan " ..
  "kutipannya (tirto.id, bisnis.com) hanya memuat pengertian, syarat dan langkah aktivasi, tanpa jangka waktu; " ..
  "laman standar per layanan Disdukcapil Wonogiri (disdukcapil.wonogirikab.go.id/layanan/...) tidak memuat aktivasi IKD."
TRIED2.legalisasi = TRIED2.legalisasi .. " Dicari lagi 2026-12: ringkasan Permendagri 104/2019 di jogloabang.com " ..
  "dan laman Disdukcapil Kep. Meranti (Riau) hanya memuat Pasal 19 ayat (6); Perbup Pati 65/2017 tentang pedoman " ..
  "adminduk (docplayer) hanya terbaca pembukaannya; laman standar per layanan Disdukcapil Wonogiri dan Kebumen " ..
  "tidak memuat legalisir; berita purbalinggakab.go.id (2017) hanya menyebut jumlah permohonan legalisir."

local agency = mpp.agency {
  id = "dukcapil",
  name = "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Purbalingga",
  short = "Dukcapil",
  kind = "OPD",
  prefix = "A",
  counters = { 1, 2, 3, 4 },
}

------------------------------------------------------------------------------
-- Pendaftaran penduduk: KTP-el
------------------------------------------------------------------------------

agency:service {
  id = "ktp-el-rekam",
  name = "Perekaman dan Penerbitan KTP-el Baru",
  requirements = {
    "Telah berusia 17 tahun, sudah kawin, atau pernah kawin",
    "Fotokopi Kartu Keluarga",
    "Hadir sendiri untuk perekaman foto, sidik jari, iris mata dan tanda tangan",
  },
  procedure = {
    "Ambil nomor antrean dan isi formulir F-1.02",
    "Petugas memverifikasi data pada SIAK",
    "Perekaman biometrik (foto, sidik jari, iris, tanda tangan)",
    "KTP-el dicetak setelah data terkirim dan dinyatakan tunggal (print ready record)",
  },
  minutes = 15,
  -- Sebelumnya { at_counter = true } tanpa sumber. Kepala Dinpendukcapil Purbalingga (2018):
  -- target KTP-el dicetak 1x24 jam, direkam hari ini dan diambil besok; standar Disdukcapil
  -- Kota Magelang (SIPPN) untuk penerbitan KTP-el baru (termasuk perekaman bagi yang belum
  -- merekam): 1 hari. Maka 1 hari kerja.
  completion = { days = 1 },
  fee = 0,
  fee_note = FREE,
  product = "KTP-el",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS .. " (Perpres 96/2018 Pasal 15)",
  priority = true,
  source = {
    HSU .. "; " .. PERBUP,
    completion = "https://radarbanyumas.disway.id/amp/21823/satu-hari-cetak-1200-e-ktp (Kepala " ..
      "Dinpendukcapil Purbalingga, 2018: target 1x24 jam, rekam hari ini, KTP-el diambil besok); " ..
      MAGELANG_KTP,
    fee = FEE_SRC,
    complaint_channel = COMPLAINT_SRC,
  },
  unconfirmed = { minutes = TRIED.minutes },
  -- Antrean daring (kebijakan MPP, bukan ketentuan instansi): perekaman KTP-el.
  booking = { slot_minutes = 30, capacity = 4, days_ahead = 7, walkin_share = 50 },
  -- Urutan kunjungan (tests/journeys/balik-nama-kendaraan.txt, pencari-kerja.txt):
  --   KTP-el baru WNI memerlukan KK (Perpres 96/2018 Pasal 15, dikutip
  --   https://aceh.tribunnews.com/2018/11/02/ini-tata-cara-penerbitan-ktp-elektronik-berdasarkan-perpres-no96-yang-diteken-presiden-jokowi?page=all).
  needs = { "kk" },
  gives = { "ktp-el" },
}

agency:service {
  id = "ktp-el-hilang-rusak",
  name = "Penerbitan KTP-el karena Hilang atau Rusak",
  requirements = {
    "Surat keterangan kehilangan dari kepolisian (jika hilang)",
    "KTP-el yang rusak (jika rusak)",
    "Fotokopi Kartu Keluarga",
  },
  procedure = {
    "Ambil nomor antrean dan isi formulir F-1.02",
    "Petugas memverifikasi berkas dan data pada SIAK",
    "KTP-el rusak ditarik oleh petugas",
    "KTP-el baru dicetak dan diserahkan",
  },
  minutes = 10,
  -- Sebelumnya { at_counter = true } tanpa sumber; standar Disdukcapil Kota Magelang: 1 hari.
  completion = { days = 1 },
  fee = 0,
  fee_note = FREE,
  product = "KTP-el pengganti",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS .. " (Perpres 96/2018 Pasal 15)",
  priority = true,
  source = {
    HSU .. "; " .. PERBUP .. "; " ..
      "https://dinpendukcapil.purbalinggakab.go.id/article/panduan-pengurusan-penerbitan-ktp-el-yang-hilang-atau-rusak",
    completion = MAGELANG_KTP,
    fee = FEE_SRC,
    complaint_channel = COMPLAINT_SRC,
  },
  unconfirmed = { minutes = TRIED.minutes },
}

agency:service {
  id = "ktp-el-perubahan-data",
  name = "Penerbitan KTP-el karena Perubahan Data atau Pindah Datang",
  requirements = {
    "Kartu Keluarga baru yang sudah memuat perubahan elemen data",
    "KTP-el lama",
    "Surat keterangan pindah (jika karena pindah datang antarkabupaten/kota atau antarprovinsi)",
  },
  procedure = {
    "Ambil nomor antrean dan isi formulir F-1.02",
    "Petugas memverifikasi berkas dan data pada SIAK",
    "KTP-el lama ditarik",
    "KTP-el baru dicetak dan diserahkan",
  },
  minutes = 10,
  -- Sebelumnya { at_counter = true } tanpa sumber; standar Disdukcapil Kota Magelang untuk
  -- KTP-el karena pindah datang atau perubahan data: 1 hari.
  completion = { days = 1 },
  fee = 0,
  fee_note = FREE,
  product = "KTP-el dengan data terbaru",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS .. " (Perpres 96/2018 Pasal 15)",
  priority = true,
  source = {
    HSU .. "; https://disdukcapil.wonogirikab.go.id/layanan/pelayanan-penerbitan-kartu-tanda-penduduk-eletronik-ktp-el-perubahan-data-hilang-dan-rusak",
    completion = MAGELANG_KTP,
    fee = FEE_SRC,
    complaint_channel = COMPLAINT_SRC,
  },
  unconfirmed = { minutes = TRIED.minutes },
  -- Urutan kunjungan (tests/journeys/nikah-kk-ktp.txt, cerai-kk-ktp.txt): KTP-el
  --   dicetak dari KK yang sudah memuat perubahan elemen data, jadi KK lebih
  --   dulu: "Kartu Keluarga (yang sudah diperbaiki elemen datanya; jika belum,
  --   layanan Kartu Keluarga perubahan data terlebih dahulu)",
  --   https://siantar.dukcapil.online/detail-layanan?id=7; kewajiban melapor
  --   perubahan elemen data KTP-el: UU 24/2013 Pasal 64 ayat (8). KTP-el lama
  --   ditarik dan diganti (needs dan gives ktp-el). Surat pindah hanya bagi yang
  --   pindah datang, maka tidak di `needs`.
  needs = { "kk", "ktp-el" },
  gives = { "ktp-el" },
}

agency:service {
  id = "ktp-el-luar-domisili",
  name = "Penerbitan KTP-el di Luar Domisili",
  -- Persyaratan diubah 2026-12 mengikuti Permendagri 8/2016 Pasal 15 sebagaimana dimuat tanya jawab
  -- Dispendukcapil Kab. Grobogan; sebelumnya hanya laman Disdukcapil Hulu Sungai Utara.
  requirements = {
    "Sudah melakukan perekaman data KTP-el",
    "KTP-el hilang atau rusak saat berada di luar domisili",
    "Tidak ada perubahan elemen data kependudukan",
  },
  procedure = {
    "Ambil nomor antrean",
    "Petugas memverifikasi data pada database kependudukan nasional",
    "KTP-el dicetak dan diserahkan",
  },
  minutes = 10,
  completion = { at_counter = true },
  fee = 0,
  fee_note = FREE,
  product = "KTP-el",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS,
  priority = true,
  source = {
    HSU,
    fee = FEE_SRC,
    fee_note = FEE_SRC,
    product = GROBOGAN_LUAR,
    requirements = GROBOGAN_LUAR,
    complaint_channel = COMPLAINT_SRC,
  },
  unconfirmed = {
    minutes = TRIED.minutes,
    completion = TRIED.completion,
    procedure = HSU_ONLY,
  },
}

agency:service {
  id = "ikd-aktivasi",
  name = "Aktivasi Identitas Kependudukan Digital (IKD)",
  requirements = {
    "Sudah melakukan perekaman KTP-el atau memiliki KTP-el fisik",
    "Telepon pintar dengan aplikasi Identitas Kependudukan Digital dan koneksi internet",
    "Alamat surel dan nomor telepon seluler yang aktif",
  },
  procedure = {
    "Pasang aplikasi IKD dan daftar dengan NIK, surel dan nomor telepon",
    "Lakukan verifikasi wajah (swafoto) di aplikasi",
    "Petugas memindai kode QR pada aplikasi",
    "Masukkan kode aktivasi yang dikirim ke surel",
  },
  minutes = 10,
  completion = { at_counter = true },
  fee = 0,
  fee_note = FREE,
  product = "KTP-el digital dalam aplikasi IKD",
  complaint_channel = COMPLAINT,
  legal_basis = "Permendagri 72/2022 tentang Standar dan Spesifikasi Perangkat Keras, " ..
    "Perangkat Lunak, dan Blangko KTP-el serta Penyelenggaraan Identitas Kependudukan Digital",
  priority = true,
  source = {
    "http://dukcapil.ngawikab.go.id/identitas-kependudukan-digital-ikd/; " ..
      "https://disdukcapil.sukamarakab.go.id/berita/detail/mengenal-identitas-kependudukan-digital-ikd",
    fee = FEE_SRC,
    complaint_channel = COMPLAINT_SRC,
    requirements = IKD_REQ_SRC,
    procedure = IKD_PROC_SRC,
    product = IKD_PRODUCT_SRC,
    fee_note = FEE_SRC,
  },
  unconfirmed = { minutes = TRIED.minutes, completion = TRIED.completion .. TRIED2.ikd },
}

------------------------------------------------------------------------------
-- Pendaftaran penduduk: Kartu Keluarga, KIA, biodata
------------------------------------------------------------------------------

agency:service {
  id = "kk-baru",
  name = "Penerbitan Kartu Keluarga Baru karena Membentuk Keluarga Baru",
  requirements = {
    "Fotokopi buku nikah, kutipan akta perkawinan, atau kutipan akta perceraian",
    "SPTJM perkawinan/perceraian belum tercatat (F-1.05) bila tidak dapat melampirkan buku nikah atau akta",
    "Surat keterangan pindah/pindah datang bagi penduduk yang pindah dalam wilayah NKRI",
  },
  procedure = {
    "Ambil nomor antrean dan serahkan berkas",
    "Petugas memverifikasi berkas; berkas tidak lengkap dikembalikan",
    "Entri data dan verifikasi database",
    "Kartu Keluarga ditandatangani secara elektronik (TTE) dan dicetak",
    "Kartu Keluarga diserahkan kepada pemohon",
  },
  minutes = 15,
  -- Sebelumnya { at_counter = true } tanpa sumber; standar Disdukcapil Kebumen: KK "1 hari
  -- selesai".
  completion = { days = 1 },
  fee = 0,
  fee_note = FREE,
  product = "Kartu Keluarga",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS .. " (Perpres 96/2018 Pasal 11; Permendagri 108/2019 Pasal 10)",
  priority = true,
  source = {
    "https://kependudukan.kebumenkab.go.id/index.php/web/post/807/1--kartu-keluarga; " .. PERBUP,
    completion = KEBUMEN_KK,
    fee = FEE_SRC,
    complaint_channel = COMPLAINT_SRC,
  },
  unconfirmed = { minutes = TRIED.minutes },
  -- Urutan kunjungan (tests/journeys/nikah-kk-ktp.txt, paspor-tanpa-kk.txt): KK
  --   baru karena membentuk keluarga baru memerlukan buku nikah/kutipan akta
  --   perkawinan atau kutipan akta perceraian (Perpres 96/2018 Pasal 11 ayat 1,
  --   dikutip Dinpendukcapil Purbalingga, yang juga meminta pasangan yang baru
  --   menikah memperbarui KTP-el sesudah KK baru:
  --   https://dinpendukcapil.purbalinggakab.go.id/article/penting-begini-cara-mengurus-kk-baru-bagi-pasangan-yang-baru-menikah-di-purbalingga).
  --   `needs` memuat buku nikah (nikah Muslim, dicatat KUA di luar MPP): akta
  --   perkawinan dan akta perceraian adalah pilihan lain, dan `needs` hanya
  --   memuat yang wajib bagi setiap pemohon, jadi urutan cerai -> KK baru tidak
  --   dapat diturunkan dari dokumen.
  needs = { "buku-nikah" },
  gives = { "kk" },
}

agency:service {
  id = "kk-pisah",
  name = "Penerbitan Kartu Keluarga Baru karena Pisah KK dalam Satu Alamat",
  requirements = {
    "Kartu Keluarga lama",
    "Berumur paling rendah 17 tahun atau sudah kawin/pernah kawin, dibuktikan dengan KTP-el",
  },
  procedure = {
    "Ambil nomor antrean dan serahkan berkas",
    "Petugas memverifikasi berkas dan data pada SIAK",
    "Kartu Keluarga baru dan Kartu Keluarga asal yang diperbarui ditandatangani elektronik dan dicetak",
    "Kartu Keluarga diserahkan kepada pemohon",
  },
  minutes = 15,
  -- Sebelumnya { at_counter = true } tanpa sumber; standar Disdukcapil Kebumen: KK "1 hari
  -- selesai".
  completion = { days = 1 },
  fee = 0,
  fee_note = FREE,
  product = "Kartu Keluarga baru dan Kartu Keluarga asal yang diperbarui",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS .. " (Perpres 96/2018 Pasal 11)",
  priority = true,
  source = {
    "Surat Dirjen Dukcapil 470/13287/Dukcapil tanggal 28-09-2021 (jenis layanan dan persyaratan); " .. PERBUP,
    completion = KEBUMEN_KK,
  },
  unconfirmed = { minutes = TRIED.minutes },
}

agency:service {
  id = "kk-ganti-kepala-keluarga",
  name = "Penerbitan Kartu Keluarga karena Penggantian Kepala Keluarga",
  requirements = {
    "Fotokopi akta kematian kepala keluarga",
    "Kartu Keluarga lama",
  },
  procedure = {
    "Ambil nomor antrean dan serahkan berkas",
    "Petugas memverifikasi berkas dan data pada SIAK",
    "Kartu Keluarga dengan kepala keluarga baru ditandatangani elektronik dan dicetak",
    "Kartu Keluarga diserahkan kepada pemohon",
  },
  minutes = 15,
  -- Sebelumnya { at_counter = true } tanpa sumber; standar Disdukcapil Kebumen: KK "1 hari
  -- selesai".
  completion = { days = 1 },
  fee = 0,
  fee_note = FREE,
  product = "Kartu Keluarga",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS .. " (Permendagri 108/2019 Pasal 10 ayat 3)",
  priority = true,
  source = {
    "https://kependudukan.kebumenkab.go.id/index.php/web/post/807/1--kartu-keluarga",
    completion = KEBUMEN_KK,
  },
  unconfirmed = { minutes = TRIED.minutes },
  -- Urutan kunjungan (tests/journeys/kematian.txt): KK karena penggantian kepala
  --   keluarga memerlukan akta kematian kepala keluarga (Permendagri 108/2019
  --   Pasal 10 ayat 3; https://kependudukan.kebumenkab.go.id/index.php/web/post/807/1--kartu-keluarga),
  --   jadi pencatatan kematian lebih dulu. Tanpa gives kk: pencatatan kematian
  --   memerlukan KK lama yang diganti di sini, dan gives kk akan membuat siklus
  --   (akta-kematian -> kk-ganti-kepala-keluarga -> akta-kematian).
  needs = { "akta-kematian", "kk" },
}

agency:service {
  id = "kk-perubahan-data",
  name = "Penerbitan Kartu Keluarga karena Perubahan Data (tambah/kurang anggota, perubahan elemen data)",
  requirements = {
    "Kartu Keluarga lama",
    "Fotokopi bukti perubahan peristiwa kependudukan atau peristiwa penting " ..
      "(akta kelahiran, akta kematian, buku nikah/akta perkawinan, surat pindah datang, ijazah, dan sebagainya)",
    "Formulir F-1.06 bila ada perubahan elemen data (pendidikan, pekerjaan, agama, status perkawinan, dan lain-lain)",
  },
  procedure = {
    "Ambil nomor antrean dan serahkan berkas",
    "Petugas memverifikasi berkas; berkas tidak lengkap dikembalikan",
    "Entri perubahan data dan verifikasi database",
    "Kartu Keluarga baru ditandatangani elektronik dan dicetak",
    "Kartu Keluarga diserahkan kepada pemohon",
  },
  minutes = 15,
  -- Sebelumnya { at_counter = true } tanpa sumber; standar Disdukcapil Kebumen: KK "1 hari
  -- selesai".
  completion = { days = 1 },
  fee = 0,
  fee_note = FREE,
  product = "Kartu Keluarga dengan data terbaru",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS .. " (Perpres 96/2018 Pasal 12; Permendagri 108/2019 Pasal 15)",
  priority = true,
  source = {
    "https://kependudukan.kebumenkab.go.id/index.php/web/post/807/1--kartu-keluarga; " ..
      "https://pasal.id/peraturan/permen/permendagri-no-108-tahun-2019 (Pasal 15)",
    completion = KEBUMEN_KK,
    fee = FEE_SRC,
    complaint_channel = COMPLAINT_SRC,
  },
  unconfirmed = { minutes = TRIED.minutes },
  -- Urutan kunjungan (tests/journeys/cerai-kk-ktp.txt): KK lama diganti KK baru
  --   (needs dan gives kk), sebelum KTP-el karena perubahan data. Bukti
  --   peristiwanya (akta cerai dari Pengadilan Agama, akta kematian, buku nikah,
  --   ...; Perpres 96/2018 Pasal 12, dikutip
  --   https://kependudukan.kebumenkab.go.id/index.php/web/post/807/1--kartu-keluarga)
  --   adalah salah satu dari beberapa, maka tidak di `needs`: di perjalanan
  --   cerai, Pengadilan Agama lebih dulu karena diminta lebih dulu, bukan karena
  --   dokumen.
  needs = { "kk" },
  gives = { "kk" },
}

agency:service {
  id = "kk-hilang-rusak",
  name = "Penerbitan Kartu Keluarga karena Hilang atau Rusak",
  requirements = {
    "Surat keterangan kehilangan dari kepolisian atau Kartu Keluarga yang rusak",
    "Fotokopi KTP-el",
    "Fotokopi kartu izin tinggal tetap (bagi orang asing)",
  },
  procedure = {
    "Ambil nomor antrean dan serahkan berkas",
    "Petugas memverifikasi berkas dan data pada SIAK",
    "Kartu Keluarga dicetak ulang dengan tanda tangan elektronik",
    "Kartu Keluarga diserahkan kepada pemohon",
  },
  minutes = 10,
  -- Sebelumnya { at_counter = true } tanpa sumber; standar Disdukcapil Kebumen: KK "1 hari
  -- selesai".
  completion = { days = 1 },
  fee = 0,
  fee_note = FREE,
  product = "Kartu Keluarga",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS .. " (Perpres 96/2018 Pasal 13)",
  priority = true,
  source = {
    "https://kependudukan.kebumenkab.go.id/index.php/web/post/807/1--kartu-keluarga",
    completion = KEBUMEN_KK,
    fee = FEE_SRC,
    complaint_channel = COMPLAINT_SRC,
  },
  unconfirmed = { minutes = TRIED.minutes },
}

agency:service {
  id = "kia",
  name = "Penerbitan Kartu Identitas Anak (KIA)",
  requirements = {
    "Fotokopi kutipan akta kelahiran anak (asli ditunjukkan)",
    "Kartu Keluarga orang tua/wali",
    "KTP-el kedua orang tua/wali",
    "Pas foto berwarna anak 2 x 3 sebanyak 2 lembar (untuk anak usia 5 tahun ke atas)",
  },
  procedure = {
    "Orang tua/wali mengambil nomor antrean dan menyerahkan berkas",
    "Petugas memverifikasi berkas dan data anak pada SIAK",
    "KIA dicetak dan diserahkan kepada orang tua/wali",
  },
  minutes = 10,
  -- Sebelumnya { at_counter = true } tanpa sumber; standar Dindukcapil Banyumas 2022: 3 hari.
  completion = { days = 3 },
  fee = 0,
  fee_note = FREE,
  product = "Kartu Identitas Anak",
  complaint_channel = COMPLAINT,
  legal_basis = "Permendagri 2/2016 tentang Kartu Identitas Anak; " .. BASIS,
  priority = true,
  source = {
    "Permendagri 2/2016 Pasal 13; https://disdukcapil.purworejokab.go.id/2018/04/13/purworejo-jadi-percontohan-pembuatan-kia-di-indonesia/; " ..
      "http://dindukcapil.banyumaskab.go.id/page/36126/penerbitan-kartu-identitas-anak-kia",
    completion = "http://dindukcapil.banyumaskab.go.id/page/36126/penerbitan-kartu-identitas-anak-kia " ..
      "(standar pelayanan Dindukcapil Kabupaten Banyumas, Lampiran IV keputusan kepala dinas " ..
      "September 2022: jangka waktu penyelesaian 3 hari)",
    fee = FEE_SRC,
    complaint_channel = COMPLAINT_SRC,
  },
  unconfirmed = { minutes = TRIED.minutes },
}

agency:service {
  id = "biodata-wni",
  name = "Pencatatan Biodata Penduduk WNI (belum terdaftar)",
  requirements = {
    "Surat pengantar RT dan RW",
    "Fotokopi dokumen atau bukti peristiwa kependudukan dan peristiwa penting (misalnya surat keterangan lahir, paspor)",
    "Fotokopi bukti pendidikan terakhir",
    "Surat pernyataan tidak memiliki dokumen kependudukan (F-1.04) bila dokumen di atas tidak ada",
  },
  -- Alur diubah 2026-12 mengikuti standar Disdukcapil Kota Pekalongan (sebelumnya hanya laman Kab. Kubu Raya).
  procedure = {
    "Ambil nomor antrean dan isi formulir biodata F-1.01",
    "Serahkan surat pengantar RT/RW dan fotokopi dokumen; bila dokumen tidak ada, isi surat pernyataan F-1.04",
    "Petugas memverifikasi berkas",
    "Biodata direkam dan diterbitkan; biodata diberikan bila diminta penduduk",
  },
  minutes = 20,
  -- Sebelumnya { at_counter = true } tanpa sumber; standar Disdukcapil Kota Pekalongan: penyelesaian
  -- 24 jam sejak berkas lengkap, maka 1 hari kerja.
  completion = { days = 1, note = "paling lama 24 jam sejak berkas dinyatakan lengkap" },
  fee = 0,
  fee_note = FREE,
  product = "Biodata penduduk dan NIK",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS .. " (Perpres 96/2018 Pasal 4)",
  priority = true,
  source = {
    "https://dukcapil.kuburayakab.go.id/pelayanan-pendaftaran-penduduk/ (Pasal 4 Perpres 96/2018)",
    completion = PEKALONGAN_BIODATA,
    requirements = PEKALONGAN_BIODATA .. ": surat pengantar RT/RW, fotokopi dokumen peristiwa kependudukan/penting, fotokopi bukti pendidikan terakhir (Perpres 96/2018 Pasal 4), F-1.04 bila dokumen tidak ada",
    procedure = PEKALONGAN_BIODATA .. ": isi F-1.01, serahkan pengantar dan fotokopi dokumen atau F-1.04, Dinas menerbitkan biodata",
    product = PEKALONGAN_BIODATA .. ": Dinas menerbitkan biodata; UU 23/2006 Pasal 13 jo. UU 24/2013 (NIK diberikan setelah pencatatan biodata)",
    fee = FEE_SRC,
    fee_note = FEE_SRC,
    complaint_channel = COMPLAINT_SRC,
  },
  unconfirmed = { minutes = TRIED.minutes },
}

------------------------------------------------------------------------------
-- Pendaftaran penduduk: pindah datang
------------------------------------------------------------------------------

agency:service {
  id = "pindah-keluar",
  name = "Surat Keterangan Pindah (SKPWNI) ke Luar Kabupaten",
  requirements = {
    "Kartu Keluarga asli",
    "KTP-el asli",
    "Surat pernyataan bermeterai dari orang tua bagi anak di bawah umur yang pindah",
    "Alamat tujuan yang jelas (desa/kelurahan, kecamatan, kabupaten/kota, provinsi)",
  },
  procedure = {
    "Ambil nomor antrean dan isi formulir permohonan pindah",
    "Petugas memverifikasi berkas dan data pada SIAK",
    "SKPWNI diterbitkan dengan tanda tangan elektronik",
    "Pemohon membawa SKPWNI ke Disdukcapil tujuan (berlaku 100 hari kerja)",
  },
  minutes = 15,
  completion = { at_counter = true },
  fee = 0,
  fee_note = FREE,
  product = "Surat Keterangan Pindah WNI (SKPWNI)",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS .. " (Perbup Purbalingga 71/2022 Pasal 20-21)",
  priority = true,
  source = {
    "https://dinpendukcapil.purbalinggakab.go.id/service/detail-sub/surat-keterangan-pindah; " ..
      "https://purbalinggakab.go.id/selama-liburan-lebaran-pemohon-migrasi-membludak (waktu layanan 15 menit)",
    completion = "https://purbalinggakab.go.id/selama-liburan-lebaran-pemohon-migrasi-membludak (waktu " ..
      "layanan 15 menit)",
    fee = FEE_SRC,
    complaint_channel = COMPLAINT_SRC,
  },
}

agency:service {
  id = "pindah-datang",
  name = "Pendaftaran Pindah Datang dari Luar Kabupaten",
  requirements = {
    "Surat Keterangan Pindah (SKPWNI) dari daerah asal yang masih berlaku",
    "KTP-el dari daerah asal",
    "Surat pernyataan tidak keberatan dari pemilik rumah bila menumpang KK atau menyewa",
  },
  procedure = {
    "Ambil nomor antrean dan serahkan SKPWNI",
    "Petugas memverifikasi SKPWNI dan data pada SIAK",
    "Kartu Keluarga dengan alamat baru diterbitkan",
    "KTP-el dengan alamat baru dicetak",
  },
  minutes = 15,
  completion = { days = 1, note = "Kartu Keluarga alamat baru paling lama 1 x 24 jam sejak " ..
    "persyaratan lengkap (standar Disdukcapil Kudus)" },
  fee = 0,
  fee_note = FREE,
  product = "Surat Keterangan Pindah Datang, Kartu Keluarga dan KTP-el alamat baru",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS .. " (Perbup Purbalingga 71/2022 Pasal 20-21)",
  priority = true,
  source = {
    "https://dinpendukcapil.purbalinggakab.go.id/service/detail-sub/surat-keterangan-pindah; " ..
      "https://disdukcapil.purworejokab.go.id/surat-pindah-bagi-wni/",
    completion = KUDUS_KK,
    fee = FEE_SRC,
    complaint_channel = COMPLAINT_SRC,
  },
  unconfirmed = { minutes = TRIED.minutes },
}

agency:service {
  id = "pindah-luar-negeri",
  name = "Surat Keterangan Pindah ke Luar Negeri (SKPLN)",
  -- Diubah 2026-12 mengikuti laman Dinpendukcapil Purbalingga (Perbup 71/2022 Pasal 20-21): KK,
  -- KTP-el, dan bagi yang pindah antarnegara dokumen perjalanan.
  requirements = {
    "Kartu Keluarga",
    "KTP-el",
    "Paspor atau dokumen perjalanan lain",
  },
  procedure = {
    "Ambil nomor antrean dan isi formulir pindah",
    "Petugas memverifikasi berkas dan data pada SIAK",
    "Surat Keterangan Pindah Luar Negeri diterbitkan; KK diperbarui",
  },
  minutes = 15,
  completion = { at_counter = true },
  fee = 0,
  fee_note = FREE,
  product = "Surat Keterangan Pindah Luar Negeri",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS .. " (Perbup Purbalingga 71/2022 Pasal 20)",
  priority = true,
  source = {
    "https://dinpendukcapil.purbalinggakab.go.id/service/detail-sub/surat-keterangan-pindah",
    requirements = "https://dinpendukcapil.purbalinggakab.go.id/service/detail-sub/surat-keterangan-pindah " ..
      "(Perbup Purbalingga 71/2022 Pasal 20-21: KK, KTP-el, untuk pindah antarnegara ditambah dokumen perjalanan); " ..
      "Permendagri 108/2019 (SKPLN: KTP-el, paspor, KK), dikutip " ..
      "https://news.detik.com/berita/d-7452830/syarat-mengurus-surat-keterangan-pindah-luar-negeri-skpln-untuk-wni",
  },
  unconfirmed = {
    minutes = TRIED.minutes,
    completion = TRIED.completion,
  },
}

------------------------------------------------------------------------------
-- Pencatatan sipil
------------------------------------------------------------------------------

agency:service {
  id = "akta-kelahiran",
  name = "Pencatatan Kelahiran dan Penerbitan Kutipan Akta Kelahiran",
  requirements = {
    "Surat keterangan kelahiran dari bidan, rumah sakit, rumah bersalin atau puskesmas (asli)",
    "Surat keterangan kelahiran dari desa/kelurahan (F-2.03)",
    "Fotokopi buku nikah/akta perkawinan, isbat nikah, atau penetapan pengadilan",
    "Fotokopi KK (anak sudah tercantum dan memiliki NIK) dan KTP-el orang tua/pelapor",
    "Fotokopi KTP-el 2 orang saksi kelahiran (minimal berumur 21 tahun)",
    "Surat pernyataan penolong kelahiran bila tidak ada surat dari bidan/dokter",
    "Berita acara kepolisian bagi anak yang tidak diketahui asal-usulnya",
    "Surat kuasa bila dikuasakan",
  },
  procedure = {
    "Pelapor mengisi formulir F-2.01 yang ditandatangani pelapor dan 2 saksi, lalu mengambil nomor antrean",
    "Petugas memverifikasi berkas dan merekam data",
    "Kutipan akta diverifikasi dan divalidasi secara elektronik",
    "Kepala Dinpendukcapil menandatangani secara elektronik",
    "Kutipan akta kelahiran dicetak dan diserahkan",
  },
  minutes = 30,
  completion = { days = 1, note = "paling lama 1 x 24 jam sejak berkas lengkap: hari ini " ..
    "mengurus, besok diambil (standar Disdukcapil Kudus)" },
  fee = 0,
  fee_note = FREE,
  product = "Kutipan Akta Kelahiran",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS,
  priority = true,
  source = {
    "https://dinpendukcapil.purbalinggakab.go.id/akta-kelahiran/",
    completion = KUDUS_LAHIR,
    fee = FEE_SRC,
    complaint_channel = COMPLAINT_SRC,
  },
  unconfirmed = { minutes = TRIED.minutes .. " " .. TRIED2.kelahiran },
  needs = { "kk", "buku-nikah", "ktp-el" },
  gives = { "akta-kelahiran" },
}

agency:service {
  id = "akta-kematian",
  name = "Pencatatan Kematian dan Penerbitan Kutipan Akta Kematian",
  requirements = {
    "Formulir F-2.01 ditandatangani pelapor dan 2 saksi, diketahui Kepala Desa/Lurah",
    "Surat kematian dari dokter/rumah sakit atau dari kepala desa/lurah (asli)",
    "Kartu Keluarga dan KTP-el almarhum/almarhumah",
    "Kartu Keluarga ahli waris selaku pemohon",
    "Fotokopi akta nikah/perkawinan dan akta kelahiran almarhum/almarhumah",
    "Surat kuasa bila dikuasakan",
  },
  procedure = {
    "Pelapor menyerahkan formulir F-2.01 dan persyaratan kepada petugas",
    "Petugas memverifikasi berkas dan merekam data",
    "Kutipan akta kematian diverifikasi dan ditandatangani elektronik oleh Kepala Dinas",
    "Kutipan akta kematian dicetak dan diserahkan",
  },
  minutes = 30,
  completion = { at_counter = true },
  fee = 0,
  fee_note = FREE,
  product = "Kutipan Akta Kematian",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS .. " (Perbup Purbalingga 71/2022 Pasal 44)",
  priority = true,
  source = {
    "https://dinpendukcapil.purbalinggakab.go.id/akta-kematian/ (waktu 30 menit, gratis); " ..
      "https://dinpendukcapil.purbalinggakab.go.id/service/detail-sub/pencatatan-kematian",
    completion = "https://dinpendukcapil.purbalinggakab.go.id/akta-kematian/ (waktu pelayanan 30 " ..
      "menit)",
    fee = FEE_SRC,
    complaint_channel = COMPLAINT_SRC,
  },
  -- Urutan kunjungan (tests/journeys/kematian.txt): surat kematian dari
  --   dokter/rumah sakit atau kepala desa/lurah (asli) wajib bagi setiap
  --   pencatatan kematian: https://dinpendukcapil.purbalinggakab.go.id/service/detail-sub/pencatatan-kematian
  --   (Perbup Purbalingga 71/2022 Pasal 44); surat itu dari luar MPP, dibawa warga.
  needs = { "surat-kematian", "kk", "ktp-el" },
  gives = { "akta-kematian" },
}

agency:service {
  id = "akta-perkawinan",
  name = "Pencatatan Perkawinan (non-Muslim dan penghayat kepercayaan)",
  requirements = {
    "Surat keterangan telah terjadinya perkawinan dari pemuka agama atau pemuka penghayat kepercayaan",
    "Pas foto berwarna suami dan istri berdampingan",
    "KTP-el kedua mempelai",
    "Kartu Keluarga kedua mempelai",
    "Dokumen perjalanan dan izin dari negara asal bagi mempelai orang asing",
  },
  procedure = {
    "Pasangan mengisi formulir pelaporan (paling lambat 60 hari sejak perkawinan)",
    "Petugas memverifikasi dan memvalidasi berkas",
    "Data direkam dan diajukan untuk tanda tangan elektronik",
    "Kutipan akta perkawinan dicetak dan diserahkan",
  },
  minutes = 30,
  completion = { days = 1 },
  fee = 0,
  fee_note = FREE,
  product = "Kutipan Akta Perkawinan",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS .. "; UU 1/1974 tentang Perkawinan (Perbup Purbalingga 71/2022 Pasal 36-40)",
  priority = true,
  source = "https://dinpendukcapil.purbalinggakab.go.id/service/detail-sub/pencatatan-perkawinan",
  unconfirmed = { minutes = TRIED.minutes, completion = TRIED.completion },
}

agency:service {
  id = "akta-perceraian",
  name = "Pencatatan Perceraian (non-Muslim)",
  requirements = {
    "Salinan putusan pengadilan yang telah berkekuatan hukum tetap",
    "Kutipan akta perkawinan (atau surat pernyataan bila tidak dimiliki)",
    "Kartu Keluarga",
    "KTP-el",
  },
  procedure = {
    "Pemohon mengisi formulir yang disediakan",
    "Petugas memverifikasi dan memvalidasi berkas",
    "Data perceraian direkam; kutipan akta perkawinan ditarik dan diberi catatan pinggir",
    "Kutipan akta perceraian terbit paling lama 3 hari kerja setelah berkas lengkap",
  },
  minutes = 20,
  completion = { days = 3 },
  fee = 0,
  fee_note = FREE,
  product = "Kutipan Akta Perceraian",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS .. " (Perbup Purbalingga 71/2022 Pasal 42)",
  priority = true,
  source = {
    "https://dinpendukcapil.purbalinggakab.go.id/service/detail-sub/pencatatan-perceraian",
    completion = "https://dinpendukcapil.purbalinggakab.go.id/service/detail-sub/pencatatan-perceraian " ..
      "(Perbup Purbalingga 71/2022 Pasal 42: paling lama 3 hari kerja)",
  },
  unconfirmed = { minutes = TRIED.minutes },
}

agency:service {
  id = "pembatalan-perkawinan",
  name = "Pencatatan Pembatalan Perkawinan",
  requirements = {
    "Salinan putusan pengadilan yang telah berkekuatan hukum tetap",
    "Kutipan akta perkawinan",
    "Kartu Keluarga",
    "KTP-el",
  },
  procedure = {
    "Pasangan yang perkawinannya dibatalkan mengisi formulir",
    "Petugas memverifikasi dan memvalidasi berkas",
    "Kutipan akta perkawinan ditarik dan diberi catatan pinggir",
    "Surat keterangan pembatalan perkawinan terbit paling lama 3 hari kerja",
  },
  minutes = 20,
  completion = { days = 3 },
  fee = 0,
  fee_note = FREE,
  product = "Surat Keterangan Pembatalan Perkawinan",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS .. " (Perbup Purbalingga 71/2022 Pasal 41)",
  priority = true,
  source = {
    "https://dinpendukcapil.purbalinggakab.go.id/service/detail-sub/pencatatan-pembatalan-perkawinan",
    completion = "https://dinpendukcapil.purbalinggakab.go.id/service/detail-sub/pencatatan-pembatalan-perkawinan " ..
      "(Perbup Purbalingga 71/2022 Pasal 41: paling lama 3 hari kerja)",
  },
  unconfirmed = { minutes = TRIED.minutes },
}

agency:service {
  id = "pengakuan-anak",
  name = "Pencatatan Pengakuan Anak",
  requirements = {
    "Surat pernyataan pengakuan anak dari ayah biologis yang disetujui ibu kandung",
    "Surat keterangan telah terjadinya perkawinan dari pemuka agama atau penghayat kepercayaan",
    "Kutipan akta kelahiran anak",
    "Kartu Keluarga dan KTP-el ayah atau ibu",
    "Penetapan pengadilan bagi anak yang lahir di luar perkawinan yang sah menurut agama/kepercayaan",
    "Dokumen perjalanan bila ibu kandung orang asing",
  },
  procedure = {
    "Pemohon mengisi formulir F-2.01",
    "Petugas memverifikasi dan memvalidasi berkas",
    "Data direkam dan diajukan untuk tanda tangan elektronik Kepala Dinas",
    "Akta pengakuan anak dicetak; akta kelahiran diberi catatan pinggir (paling lama 3 hari kerja)",
  },
  minutes = 20,
  completion = { days = 3 },
  fee = 0,
  fee_note = FREE,
  product = "Kutipan Akta Pengakuan Anak dan catatan pinggir pada akta kelahiran",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS .. " (UU 23/2006 Pasal 49)",
  priority = true,
  source = {
    "https://dinpendukcapil.purbalinggakab.go.id/service/detail-sub/pencatatan-pengakuan-anak",
    completion = "https://dinpendukcapil.purbalinggakab.go.id/service/detail-sub/pencatatan-pengakuan-anak " ..
      "(Perbup Purbalingga 71/2022: paling lama 3 hari kerja)",
  },
  unconfirmed = { minutes = TRIED.minutes },
}

agency:service {
  id = "pengesahan-anak",
  name = "Pencatatan Pengesahan Anak",
  requirements = {
    "Kutipan akta kelahiran anak",
    "Kutipan akta perkawinan orang tua (perkawinan agama terjadi sebelum kelahiran anak)",
    "Kartu Keluarga orang tua",
    "KTP-el orang tua",
    "Salinan penetapan pengadilan bila anak lahir sebelum perkawinan sah menurut agama/kepercayaan",
  },
  procedure = {
    "Orang tua melapor paling lambat 30 hari sejak memperoleh akta perkawinan dan mengisi formulir",
    "Petugas memverifikasi dan memvalidasi berkas",
    "Catatan pinggir pengesahan dibuat pada register dan kutipan akta kelahiran",
  },
  minutes = 20,
  completion = { days = 3 },
  fee = 0,
  fee_note = FREE,
  product = "Catatan pinggir pengesahan anak pada akta kelahiran",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS .. " (UU 23/2006 Pasal 50)",
  priority = true,
  source = {
    "https://disdukcapil.pandeglangkab.go.id/index.php/layanan/d/pengesahan-anak; " ..
      "https://disdukcapil.tanahbumbukab.go.id/2020/01/akta-pengesahan-anak.html",
    procedure = "UU 23/2006 Pasal 50 jo. UU 24/2013 (pengesahan anak dilaporkan orang tua paling lambat 30 hari " ..
      "sejak perkawinan dan akta perkawinan diperoleh, lalu Pejabat Pencatatan Sipil membuat catatan pinggir pada akta kelahiran)",
    product = "UU 23/2006 Pasal 50 jo. UU 24/2013 (catatan pinggir pada akta kelahiran)",
    fee = FEE_SRC,
    fee_note = FEE_SRC,
    complaint_channel = COMPLAINT_SRC,
  },
  unconfirmed = {
    minutes = TRIED.minutes,
    completion = TRIED.completion,
    requirements = CAPIL_REQ_TRIED,
  },
}

agency:service {
  id = "pengangkatan-anak",
  name = "Pencatatan Pengangkatan Anak",
  requirements = {
    "Salinan penetapan pengadilan tentang pengangkatan anak",
    "Kutipan akta kelahiran anak",
    "Kartu Keluarga orang tua angkat",
    "KTP-el orang tua angkat",
  },
  procedure = {
    "Pemohon melapor paling lambat 30 hari sejak menerima salinan penetapan pengadilan dan mengisi F-2.01",
    "Petugas memverifikasi berkas",
    "Catatan pinggir dibuat pada register dan kutipan akta kelahiran",
  },
  minutes = 20,
  completion = { days = 3 },
  fee = 0,
  fee_note = FREE,
  product = "Catatan pinggir pengangkatan anak pada akta kelahiran",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS .. " (UU 23/2006 Pasal 47)",
  priority = true,
  source = {
    "http://kelurahansedanau.natunakab.go.id/2018/11/01/vii-pencatatan-pengangkatan-anak-pengakuan-anak-pengesahan-anak-serta-perubahan-dan-pembatalan-akta-pencatatan-sipil/",
    procedure = "UU 23/2006 Pasal 47 ayat (1)-(3) (pencatatan berdasarkan penetapan pengadilan, dilaporkan paling " ..
      "lambat 30 hari sejak salinan penetapan diterima, lalu catatan pinggir pada register dan kutipan akta kelahiran)",
    product = "UU 23/2006 Pasal 47 ayat (3) (catatan pinggir pada register dan kutipan akta kelahiran)",
    fee = FEE_SRC,
    fee_note = FEE_SRC,
    complaint_channel = COMPLAINT_SRC,
  },
  unconfirmed = {
    minutes = TRIED.minutes,
    completion = TRIED.completion,
    requirements = CAPIL_REQ_TRIED,
  },
}

agency:service {
  id = "perubahan-nama",
  name = "Pencatatan Perubahan Nama",
  requirements = {
    "Salinan penetapan pengadilan negeri tentang perubahan nama",
    "Kutipan akta pencatatan sipil (akta kelahiran, akta perkawinan)",
    "Kartu Keluarga",
    "KTP-el",
  },
  procedure = {
    "Pemohon melapor paling lambat 30 hari sejak menerima salinan penetapan pengadilan",
    "Petugas memverifikasi berkas",
    "Catatan pinggir dibuat pada register dan kutipan akta; KK dan KTP-el diperbarui",
  },
  minutes = 20,
  completion = { days = 3 },
  fee = 0,
  fee_note = FREE,
  product = "Catatan pinggir perubahan nama pada akta pencatatan sipil",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS .. " (UU 23/2006 Pasal 52; Perpres 96/2018 Pasal 53; Permendagri 108/2019 Pasal 80)",
  priority = true,
  source = {
    "https://aidils-organization.gitbook.io/dukcapil/pencatatan-sipil/pencatatan-perubahan-nama " ..
      "(merujuk Pasal 52 UU 23/2006 dan Pasal 53 Perpres 96/2018)",
    procedure = "UU 23/2006 Pasal 52 (perubahan nama berdasarkan penetapan pengadilan negeri, dilaporkan paling " ..
      "lambat 30 hari sejak salinan penetapan diterima, lalu catatan pinggir pada register dan kutipan akta)",
    product = "UU 23/2006 Pasal 52 (catatan pinggir pada register akta dan kutipan akta pencatatan sipil)",
    fee = FEE_SRC,
    fee_note = FEE_SRC,
    complaint_channel = COMPLAINT_SRC,
  },
  unconfirmed = {
    minutes = TRIED.minutes,
    completion = TRIED.completion,
    requirements = CAPIL_REQ_TRIED,
  },
}

agency:service {
  id = "pembetulan-akta",
  name = "Pembetulan Akta Pencatatan Sipil",
  requirements = {
    "Akta pencatatan sipil yang terdapat kesalahan tulis redaksional",
    "Dokumen autentik yang menjadi dasar pembetulan",
    "Fotokopi Kartu Keluarga dan KTP-el",
  },
  procedure = {
    "Ambil nomor antrean dan isi formulir pembetulan akta",
    "Petugas memverifikasi berkas dan menginput permohonan",
    "Validator memvalidasi; akta hasil pembetulan ditandatangani elektronik",
    "Akta hasil pembetulan dicetak dan diserahkan",
  },
  minutes = 20,
  completion = { days = 3 },
  fee = 0,
  fee_note = FREE,
  product = "Kutipan akta pencatatan sipil hasil pembetulan",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS .. " (UU 23/2006 Pasal 71)",
  priority = true,
  source = "https://disdukcapil.wonogirikab.go.id/jenispelayanan/detail/34/1",
  unconfirmed = { minutes = TRIED.minutes, completion = TRIED.completion },
}

agency:service {
  id = "kutipan-kedua-akta",
  name = "Penerbitan Kutipan Kedua Akta Pencatatan Sipil (hilang atau rusak)",
  -- Diubah 2026-12 mengikuti laman Dinpendukcapil Purbalingga (Perbup Purbalingga 71/2022 Pasal 54):
  -- syaratnya menurut keadaan kutipan akta (rusak, hilang, atau dikuasai pihak yang bersengketa).
  requirements = {
    "Formulir permohonan yang disediakan, diisi pemohon",
    "Jika rusak: kutipan akta yang rusak",
    "Jika hilang: surat keterangan hilang dari kepolisian",
    "Jika kutipan akta dikuasai salah satu pihak yang bersengketa: surat pernyataan",
  },
  procedure = {
    "Ambil nomor antrean dan isi formulir",
    "Petugas memverifikasi dan memvalidasi dokumen persyaratan; berkas yang kurang dilengkapi dulu",
    "Data direkam; kutipan kedua ditandatangani elektronik, dicetak dan diserahkan",
  },
  minutes = 15,
  -- Sebelumnya { at_counter = true } tanpa sumber; Dispendukcapil Kota Surakarta: 7 hari kerja.
  completion = { days = 7, note = "sejak persyaratan lengkap; register akta dan berkas dicari dan diteliti lebih dulu" },
  fee = 0,
  fee_note = FREE,
  product = "Kutipan kedua akta pencatatan sipil",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS,
  priority = true,
  source = {
    "https://disdukcapil.wonogirikab.go.id/jenispelayanan/detail/34/1",
    requirements = "https://dinpendukcapil.purbalinggakab.go.id/service/detail-sub/penerbitan-kembali-akta-pencatatan-sipil " ..
      "(Perbup Purbalingga 71/2022 Pasal 54: kutipan yang rusak bila rusak, surat keterangan hilang dari " ..
      "kepolisian bila hilang, surat pernyataan bila dalam sengketa)",
    procedure = "https://dinpendukcapil.purbalinggakab.go.id/service/detail-sub/penerbitan-kembali-akta-pencatatan-sipil " ..
      "(pengisian formulir, verifikasi dan validasi, perbaikan dokumen bila perlu, perekaman data)",
    completion = SURAKARTA_KUTIPAN,
  },
  unconfirmed = { minutes = TRIED.minutes },
}

agency:service {
  id = "legalisasi",
  name = "Legalisasi Dokumen Kependudukan",
  requirements = {
    "Dokumen kependudukan asli (KK, akta pencatatan sipil) yang diterbitkan Dinpendukcapil Purbalingga",
    "Fotokopi dokumen yang akan dilegalisasi",
  },
  procedure = {
    "Ambil nomor antrean dan serahkan dokumen asli dan fotokopinya",
    "Petugas mencocokkan fotokopi dengan aslinya",
    "Fotokopi dilegalisasi dan diserahkan kembali",
  },
  minutes = 10,
  completion = { at_counter = true },
  fee = 0,
  fee_note = FREE .. ". Dokumen bertanda tangan elektronik (kode QR) sah tanpa legalisasi",
  product = "Fotokopi dokumen kependudukan yang dilegalisasi",
  complaint_channel = COMPLAINT,
  legal_basis = BASIS,
  priority = true,
  source = {
    "https://purbalinggakab.go.id/jelang-tahun-ajaran-baru-permintaan-legalisir-dokumen-adminduk-meningkat",
    fee_note = FEE_SRC .. "; Permendagri 104/2019 Pasal 19 (dokumen ber-TTE dan KTP-el tidak perlu " ..
      "legalisir), dikutip https://dukcapilpintar.pekalongankota.go.id/index.php/faq",
    fee = FEE_SRC,
    complaint_channel = COMPLAINT_SRC,
  },
  unconfirmed = {
    requirements = TRIED.requirements .. TRIED2.legalisasi,
    procedure = "Sumber umum layanan ini (berita purbalinggakab.go.id tentang naiknya permintaan " ..
      "legalisir menjelang tahun ajaran baru) hanya menyebut jumlah permohonan, bukan alurnya; " ..
      "standar legalisir Disdukcapil di Jawa Tengah tidak ditemukan (dicari 2026-12, lihat " ..
      "persyaratan); alur di atas adalah praktik loket yang lazim.",
    product = "Sumber umum layanan ini (berita purbalinggakab.go.id) tidak menyebut produknya; " ..
      "standar legalisir Disdukcapil di Jawa Tengah tidak ditemukan (dicari 2026-12).",
    minutes = TRIED.minutes,
    completion = TRIED.completion .. TRIED2.legalisasi,
  },
}

-- Kelompok prioritas (lansia, disabilitas, ibu hamil, anak) didahulukan,
-- tetapi setelah tiga panggilan prioritas berturut-turut satu nomor reguler
-- dipanggil agar antrean reguler tetap bergerak.
agency:route { priority_first = true, regular_after_priority = 3 }
