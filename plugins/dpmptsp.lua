-- Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu (DPMPTSP)
-- Kabupaten Purbalingga: pengelola MPP dan penerbit perizinan daerah.
-- Di loket 5-7 melayani pendampingan OSS-RBA (NIB, perubahan data,
-- sertifikat standar, PB-UMKU, LKPM), persyaratan dasar (KKPR, persetujuan
-- lingkungan, PBG, SLF), izin praktik tenaga medis dan tenaga kesehatan,
-- perizinan fasilitas kesehatan dan SPP-IRT, izin pendirian satuan
-- pendidikan, perdagangan, pertanian, perikanan, koperasi, pariwisata,
-- reklame dan pemanfaatan ruang milik jalan, serta konsultasi, pengaduan
-- dan legalisasi dokumen perizinan. Izin diterbitkan Kepala DPMPTSP atas
-- pendelegasian Bupati setelah rekomendasi teknis perangkat daerah terkait.
--
-- Sumber (diperiksa 2026-11):
--   * PP 5/2021 (OSS-RBA) dan PP 6/2021 (perizinan berusaha di daerah);
--     Permendagri 138/2017 (PTSP daerah); dpmptsp.seruyankab.go.id/faq
--     (NIB, persyaratan dasar); dpmptsp.karangasemkab.go.id (alur PKKPR,
--     PBG, persetujuan lingkungan);
--   * UU 17/2023 Pasal 263-264 dan PP 28/2024 (SIP tanpa rekomendasi
--     organisasi profesi, berlaku 5 tahun; nasional.kompas.com 12-7-2023);
--     standar pelayanan SIPB DPMPTSP Grobogan (sippn.menpan.go.id/
--     pelayanan-publik/7985907); SIP refraksionis DPMPTSP Pandeglang
--     (mpp.pandeglangkab.go.id/submenu/detail/495);
--   * PP 16/2021 (PBG, SLF, SIMBG) dan standar pelayanan PBG
--     (sippn.menpan.go.id/pelayanan-publik/8264347, /8282552);
--   * UU 1/2022 (HKPD): retribusi perizinan tertentu hanya PBG, penggunaan
--     tenaga kerja asing dan pengelolaan pertanahan, sehingga izin lain di
--     sini tidak dipungut retribusi;
--   * Permendikbud 84/2014 (PAUD), 36/2014 (pendidikan dasar), 81/2013
--     (satuan pendidikan nonformal); PP 29/2021 (perdagangan); PP 26/2021
--     (pertanian); PP 22/2021 (lingkungan); Permendagri 3/2018 (surat
--     keterangan penelitian).
--
-- Ditambah 2026-12:
--   * standar reklame Purbalingga sendiri: dpmptsp.purbalinggakab.go.id/?p=1046
--     (aplikasi SiPURBA, waktu penyelesaian 1 hari kerja) dan
--     mpp.purbalinggakab.go.id/web/detail_layanan/327 (dasar hukum Perda
--     14/2015 jo. Perda 2/2018, persyaratan, alur);
--   * alur PBG di DPU PR Purbalingga (radarbanyumas.disway.id 2022 dan 2023);
--   * Permendagri 3/2018 Pasal 6, 7 dan 10 lewat ringkasan
--     kesbangpol.kemendagri.go.id (alur dan dokumen surat keterangan penelitian).
--
-- Ditambah 2026-12 (persyaratan):
--   * toko obat: daftar dokumen standar toko obat Permenkes 14/2021 sebagaimana
--     dimuat standar Dinkes Kab. Kediri 2023, SIPPN Kota Kendari, Dinkes Kuningan
--     dan DPMPTSP Pasaman;
--   * optikal: standar persetujuan teknis optik Dinkes Kab. Boyolali dan daftar
--     lampiran permohonan Permenkes 1/2016 (DPMPTSP Kotawaringin Barat);
--   * PAUD: standar rekomendasi pendirian PAUD Dinas Pendidikan Kab. Wonogiri dan
--     SIPPN DPMPTSP Kota Kendari; SD/SMP: standar rekomendasi pendirian Dindikbud
--     Kab. Pemalang;
--   * rencana tapak: izin.purworejokab.go.id (pengesahan site plan Purworejo);
--   * tanda daftar gudang: dinperindag.banyumaskab.go.id (layanan TDG Banyumas);
--   * rincian teknis penyimpanan limbah B3: muatan menurut PP 22/2021 Pasal 285
--     ayat (4), dikutip materi penyusunan rincian teknis
--     (id.scribd.com/presentation/663111075);
--   * izin usaha simpan pinjam: standar KSP primer (KBLI 64141) Kepmenkop UKM
--     49/2021 sebagaimana dimuat SIPPN Kab. Trenggalek, JOSS DPMPTSP Jawa Timur
--     dan DPMPTSP Jawa Barat (standar Jawa Tengah tidak ditemukan);
--   * izin usaha toko swalayan: standar Izin Usaha Toko Modern DPMPTSP Kota Magelang
--     (masa OSS 2018-2020, terbaca sampai butir keenam persyaratan);
--   * LKP/PKBM: persyaratan administratif dan teknis Permendikbud 81/2013, sebagaimana
--     dikutip standar MPP Kab. Pandeglang.
--   * izin klinik: persyaratan umum standar usaha klinik (KBLI 86104/86105) Lampiran
--     Permenkes 14/2021, dibaca dari salinan lampiran dan ringkasannya di scribd
--     (599024230, 571015528); sebelumnya hanya Dinkes Kab. Bogor dan Kab. Sidoarjo;
--   * SIP dokter hewan: persyaratan umum standar praktik dokter hewan WNI Lampiran
--     Permentan 15/2021, dibaca dari salinan bagian lampiran di scribd (610314840).
--
-- Ditambah 2026-12 (jangka waktu):
--   * rencana tapak: izin.purworejokab.go.id/home/detail/32/112 (permohonan
--     pengesahan site plan Kabupaten Purworejo: lama proses 10 hari kerja).
--
-- Ditambah 2026-12: persyaratan PBG mengikuti standar PBG DPMPTSP Kota Magelang
-- dan alurnya PP 16/2021 Pasal 253 dan 261 (sebelumnya SIPPN DPMPTSP Kab.
-- Seruyan, Kalimantan Tengah, dan berita); kanal pengaduan Pemkab bersumber laman
-- purbalinggakab.go.id. Ditandai `unconfirmed` karena hanya bersumber kantor di
-- luar Jawa Tengah atau salinan tanpa nama daerah: persyaratan dan alur
-- persetujuan lingkungan (Karangasem).
--
-- Ditambah lagi 2026-12 (sumber Jawa Tengah atau peraturan pusat yang menyatakannya):
--   * PKKPR: persyaratan PP 21/2021 Pasal 108 ayat (1) dan Permen ATR/BPN 13/2021
--     Pasal 7 (jasalegalitas.id, arthajasaterimaberes.com), alur dan biaya layanan
--     (PNBP lewat surat perintah setor OSS) Permen ATR/BPN 13/2021 Pasal 7, batas 20
--     hari kerja KKPR berusaha dan nonberusaha menurut PP 21/2021 sebagaimana dijelaskan
--     Dirjen Tata Ruang ATR/BPN (medcom.id 26-4-2021);
--   * izin apotek: persyaratan standar layanan Dinkes Kab. Temanggung
--     (dinkes.temanggungkab.go.id/frontend/d_layanan/397); SPP-IRT: alur standar
--     layanan Dinkes Kab. Temanggung (d_layanan/399);
--   * SLF: persyaratan dan alur tanya jawab DPMPTSP Kab. Kebumen
--     (dpmptsp.kebumenkab.go.id/index.php/web/post/998) dan PP 16/2021;
--   * PBG: catatan biaya (retribusi menurut Perda, berdasarkan luas dan jenis
--     bangunan) tanya jawab DPMPTSP Kab. Kebumen (post/997), PP 16/2021 dan UU 1/2022.
--
-- Belum terkonfirmasi: waktu layanan di loket (minutes) semua layanan (diisi
-- waktu loket yang lazim; tidak ada standar DPMPTSP Purbalingga atau
-- kabupaten/kota Jawa Tengah lain yang memuat menit, dicari 2026-12; pencarian
-- berikutnya lewat kompilasi standar MPP, SIPPN dan SOP DPMPTSP Jawa Tengah juga
-- tanpa hasil; halaman SIPPN dan spsop DPMPTSP kabupaten/kota Jawa Tengah yang
-- dibaca per daerah 2026-12 hanya memuat hari kerja); jangka waktu penyelesaian
-- semua layanan selain NIB, reklame, rencana tapak dan PKKPR (termasuk 28 hari
-- kerja PBG: DPU PR Purbalingga menyebut SOP batas waktunya masih disusun
-- pada 2023; teks informasi aplikasi SIMBG menyebut paling lambat 28 hari kerja,
-- tetapi hanya terbaca dari salinan tidak resmi, dicari 2026-12); pembagian kerja antarloket 5-7 (tidak
-- dibagi); pengaturan pasar rakyat dan koperasi simpan pinjam dalam
-- Perda/Perbup Purbalingga; rincian tarif retribusi PBG Purbalingga; persyaratan 10
-- layanan (rumija, laboratorium klinik, rumah sakit, IUP2R, STD-B, peternakan,
-- pembudidayaan ikan, usaha pariwisata, legalisasi, pencabutan
-- izin: standar Jawa Tengah atau pasal peraturan pusatnya tidak terbaca, dicari
-- lagi 2026-12; lampiran dan pasal peraturan pusat yang memuat daftar dokumennya,
-- yaitu Permenkes 14/2021, PP 47/2021, PP 22/2021 Lampiran III, Permentan 3/2019,
-- 14/2020 dan 15/2021, Kepdirjenbun 105/2018, PermenKP 10/2021 dan Permenparekraf
-- 4/2021, dicari lagi 2026-12 dan hanya terbaca pembuka atau sebagian). Kolom-kolom
-- itu ditandai `unconfirmed`.

local COMPLAINT = "SP4N-LAPOR! (www.lapor.go.id); Lapor Mas Bup (WhatsApp 0813-9900-4222); " ..
  "Matur Mas Bupati (maturbup.purbalinggakab.go.id); meja pengaduan DPMPTSP di MPP Purbalingga"
local FREE = "Tidak dipungut retribusi (UU 1/2022: retribusi perizinan tertentu hanya PBG, " ..
  "penggunaan TKA dan pengelolaan pertanahan)"
local OSS = "PP 5/2021 tentang Penyelenggaraan Perizinan Berusaha Berbasis Risiko; PP 6/2021 " ..
  "tentang Penyelenggaraan Perizinan Berusaha di Daerah; Permendagri 138/2017 tentang " ..
  "Penyelenggaraan PTSP Daerah"
local KES = "UU 17/2023 tentang Kesehatan; PP 28/2024"
local KES_PB = KES .. "; Permenkes 14/2021 tentang Standar Kegiatan Usaha Sektor Kesehatan; " .. OSS
local OSS_SRC = "https://dpmptsp.seruyankab.go.id/faq ; PP 5/2021"
local SIP_SRC = "https://nasional.kompas.com/read/2023/07/12/11291191 ; " ..
  "https://sippn.menpan.go.id/pelayanan-publik/7985907"

-- What was looked up for each fact the services below leave unconfirmed
-- (`mppctl facts dpmptsp` lists them per service).
local TRIED = {
  requirements = "Persyaratan hanya dari peraturan pusat dan DPMPTSP daerah lain (Seruyan, Karangasem, " ..
    "Grobogan); Perbup Purbalingga tentang perizinan sektor ini tidak ditemukan (diperiksa " ..
    "2026-11). Dicari lagi 2026-12 di laman-laman publik: mpp.purbalinggakab.go.id dan " ..
    "dpmptsp.purbalinggakab.go.id (hanya standar reklame yang ditemukan), ppid.semarangkota.go.id, " ..
    "dpmptsp.magelangkota.go.id/spsop, buku standar DPMPTSP Banyumas 2019, Perbup Pekalongan " ..
    "26/2019 dan SK DPMPTSP Kab. Semarang 2019: dokumen panjang itu hanya terbaca halaman awalnya, " ..
    "standar layanan ini tidak ditemukan.",
  procedure = "Alur hanya dari DPMPTSP daerah lain dan PP 5/2021; alur Purbalingga tidak ditemukan " ..
    "(diperiksa 2026-11; dicari lagi 2026-12 di mpp.purbalinggakab.go.id, dpmptsp.purbalinggakab.go.id " ..
    "dan standar DPMPTSP kabupaten/kota Jawa Tengah lain, tidak ditemukan).",
  minutes = "Standar pelayanan DPMPTSP Purbalingga tidak ditemukan dalam sumber terbuka (diperiksa " ..
    "2026-11: purbalinggakab.go.id, sippn.menpan.go.id); SIPPN Grobogan dan Pandeglang " ..
    "tidak memberi waktu loket. Dicari lagi 2026-12: mpp.purbalinggakab.go.id (standar reklame " ..
    "tanpa waktu loket), dpmptsp.purbalinggakab.go.id, ppid.semarangkota.go.id, " ..
    "dpmptsp.magelangkota.go.id/spsop, standar DPMPTSP Banyumas 2019, Grobogan, Kab. Semarang, " ..
    "Kab. Pekalongan dan Kota Tegal: tidak satu pun yang terbaca memuat waktu layanan di loket " ..
    "dalam menit (hanya hari kerja). Dicari lagi 2026-12 (kompilasi standar/maklumat MPP Jawa " ..
    "Tengah, SIPPN, SOP DPMPTSP): yang ditemukan hanya pembuka dokumen panjang tanpa halaman waktu " ..
    "layanan, yaitu Keputusan Bupati Batang 2020 tentang standar pelayanan perizinan DPMPTSP " ..
    "(vdocuments.mx, salinan ptsp.batangkab.go.id), Perbup Pekalongan 26/2019, Perbup Sukoharjo " ..
    "56/2021, Perbup Sragen 73/2017, standar DPMPTSP Kudus era OSS (123dok), Keputusan Kepala " ..
    "DPMPTSP Banyumas 61/2018 dan SOP DPMPTSP Kendal 2020 (scribd); SIPPN DPMPTSP Grobogan (SIPB) " ..
    "terpotong di prosedur; kompilasi standar MPP Jawa Tengah yang memuat menit per loket tidak " ..
    "ditemukan. Dicari lagi 2026-12: halaman SIPPN untuk konsultasi perizinan, pendampingan NIB dan " ..
    "legalisasi salinan izin, laman MPP kabupaten Jawa Tengah (Kebumen, Banjarnegara, Batang, " ..
    "Wonosobo), lampiran Perbup Grobogan 52/2017 (docplayer, adoc.pub) dan standar DPMPTSP Kota " ..
    "Magelang (laman lama dan dpmptsp.magelangkota.go.id/spsop): tidak ada waktu layanan loket dalam " ..
    "menit untuk layanan DPMPTSP di Jawa Tengah yang terbaca. Perlu ditanyakan langsung ke " ..
    "DPMPTSP/MPP Purbalingga. Dicari lagi 2026-12 (halaman SIPPN dan standar DPMPTSP per kabupaten/kota " ..
    "Jawa Tengah: Sragen, Demak, Boyolali, Klaten, Kendal, Kudus, Jepara, Rembang, Wonosobo, Banyumas, " ..
    "Kab. Semarang, Karanganyar, Kota Salatiga, Kota Pekalongan, Kota Tegal, Kota Surakarta, Kota " ..
    "Magelang, juga Purbalingga sendiri): halaman SIPPN layanan DPMPTSP Jawa Tengah yang terbaca hanya " ..
    "memuat hari kerja, yaitu SIPB DPMPTSP Grobogan (7985907, terpotong di prosedur) dan perpanjangan " ..
    "izin operasional SD DPMPTSP Kota Magelang (8240197, 8 hari kerja); laman spsop DPMPTSP Kota Magelang " ..
    "(mis. SIPPKeswan, maksimal 4,5 hari kerja) juga tanpa menit; Perbup Sragen 73/2017 (bagian per " ..
    "layanan di 123dok) hanya memuat hari kerja; Perbup Karanganyar 2018 tentang penyelenggaraan PTSP " ..
    "(vdocuments) hanya terbaca pembukanya. Waktu dalam menit hanya ditemukan di luar Jawa Tengah (SOP " ..
    "DPMPTSP Kab. Blitar, Jawa Timur: mencari informasi dan formulir 15 menit; DPMPTSP Indragiri Hilir: " ..
    "reklame 3 jam), sehingga hanya menjadi petunjuk.",
  completion = "PP 5/2021 dan PP 16/2021 menyebut jangka waktu per jenis izin tetapi pasalnya belum " ..
    "terbaca; standar DPMPTSP Purbalingga tidak ditemukan; dicari 2026-12 di laman-laman " ..
    "publik (standar pelayanan instansi ini di Purbalingga dan kabupaten Jawa Tengah lain, " ..
    "kata kunci 'jangka waktu penyelesaian'): mpp.purbalinggakab.go.id dan " ..
    "dpmptsp.purbalinggakab.go.id hanya memuat standar reklame; halaman SOP lama " ..
    "dpmptsp.purbalinggakab.go.id/?page_id=316 hanya memuat izin sebelum OSS (IMB, HO, SIUP, TDP); " ..
    "ppid.semarangkota.go.id dan dpmptsp.magelangkota.go.id/spsop tidak memuat layanan ini atau " ..
    "terpotong sebelum jangka waktu. Dicari lagi 2026-12: standar DPMPTSP Batang 2020, Kudus, " ..
    "Sragen 2017, Pekalongan 2019, Sukoharjo 2021 dan Banyumas 2018 hanya terbaca pembukanya; laman " ..
    "TDG Dinperindag Banyumas menyebut lama proses 'sesuai aturan daerah' tanpa angka; standar yang " ..
    "memuat hari kerja (SIPPN Batam, Kolaka, Indragiri Hilir, Cirebon) di luar Jawa Tengah. Dicari lagi " ..
    "2026-12: lampiran Perbup Grobogan 52/2017 (standar perizinan DPMPTSP Grobogan, docplayer dan " ..
    "adoc.pub) hanya terbaca halaman awal tiap lampiran (izin lingkungan dan reklame sebelum OSS); " ..
    "standar DPMPTSP Sragen (docplayer) dimulai dari pendaftaran penanaman modal sebelum OSS; " ..
    "standar DPMPTSP Kota Magelang (laman lama dan spsop) terpotong sebelum jangka waktu; laman " ..
    "izin.purworejokab.go.id untuk layanan selain rencana tapak tidak ditemukan. Dicari lagi 2026-12 " ..
    "(SIPPN dan laman standar DPMPTSP kabupaten/kota Jawa Tengah): SIPPN DPMPTSP Kota Magelang 8240197 " ..
    "memuat 8 hari kerja hanya untuk perpanjangan izin operasional SD; laman spsop DPMPTSP Kota Magelang " ..
    "yang terbaca utuh hanya untuk izin kesehatan hewan; standar izin apotek lama Kota Magelang (masa BP2T " ..
    "sebelum OSS, maksimal 6 hari kerja, masih mensyaratkan izin gangguan) tidak sesuai alur OSS-RBA sehingga " ..
    "tidak dipakai; SIPPN Kota Pekalongan 8159268 (dokumen kesesuaian kegiatan pemanfaatan ruang, 5 hari " ..
    "kerja) adalah layanan DPUPR, bukan penerbitan PKKPR oleh DPMPTSP.",
  sip_completion = "Standar SIPB DPMPTSP Grobogan (sippn.menpan.go.id/pelayanan-publik/7985907) dan " ..
    "halaman izin praktik Kota Semarang (ppid.semarangkota.go.id/kb/izin-kerja-apoteker-kota-semarang) " ..
    "terbaca hanya sampai prosedur; dinkes.tegalkab.go.id/?page_id=2216 (perizinan nakes terpadu " ..
    "Kab. Tegal) terpotong sebelum jangka waktu; radarsemarang.com 2017 menyebut 18 jam lewat " ..
    "Sinakes tetapi itu berita, bukan standar; Kolaka (12 hari), Siak (5 hari) dan Indragiri Hilir " ..
    "(5 hari) di luar Jawa Tengah (dicari 2026-12). Dicari lagi 2026-12: Keputusan Wali Kota " ..
    "Salatiga 440/1975/403 (1-7-2021, Lampiran III standar izin tenaga kesehatan, fdokumen.com) " ..
    "terbaca hanya persyaratan; SIPPN Dinkes Kota Salatiga 8207854 memberi maksimal 6 hari kerja " ..
    "hanya untuk perubahan data SIP, bukan SIP baru; SIPPN 7976484 (SIPTGM, 3 hari kerja) tidak " ..
    "menyebut kabupaten penerbitnya; dinkes.magelangkota.go.id/?p=691 (elektromedis) terpotong " ..
    "sebelum jangka waktu. Dicari lagi 2026-12: dinkes.tegalkab.go.id/halaman/detail/sipa--sipttk " ..
    "(rekomendasi SIPA/SIPTTK Dinkes Kab. Tegal) terpotong setelah prosedur; SIPPN SIPA yang terbaca " ..
    "(Siak 5 hari kerja) di luar Jawa Tengah. Dicari lagi 2026-12: Perbup Sragen 73/2017 (standar " ..
    "DPMPTSP Sragen, bagian per layanan di 123dok) memuat 4 hari kerja hanya untuk izin praktik bersama " ..
    "dokter gigi, layanan lain dan sebelum UU 17/2023; UU 4/2019 Pasal 25 ayat (4) (SIPB paling lama 15 " ..
    "hari kerja) sudah dicabut UU 17/2023; SK Dinkes Kab. Jepara 166/2022 (scribd) terbaca hanya dasar " ..
    "hukum SIP; standar SIP yang terbaca lengkap berada di luar Jawa Tengah (DPMPTSP Indragiri Hilir: SIPB " ..
    "5 hari kerja; DPMPTSP Kolaka: 12 hari).",
  fee_note = "Besaran retribusi PBG Purbalingga (Perda 15/2023) tidak terbaca dalam sumber terbuka " ..
    "(diperiksa 2026-11). Dicari lagi 2026-12: Perda pajak daerah dan retribusi daerah " ..
    "Purbalingga tidak ditemukan di laman publik (hanya Perda retribusi IMB lama 2007 dan Perda daerah " ..
    "lain seperti Kota Semarang 4/2022 dan Kota Magelang 12/2023); nomor Perda 15/2023 belum " ..
    "terverifikasi.",
  legal_basis = "Perda/Perbup Purbalingga yang mengatur layanan ini tidak ditemukan (diperiksa " ..
    "2026-11; dicari lagi 2026-12 di mpp.purbalinggakab.go.id dan dpmptsp.purbalinggakab.go.id); " ..
    "dasar hukum memakai peraturan pusat.",
}

-- Dicari lagi (2026-12): standar DPMPTSP Provinsi Jawa Tengah, Kab. Pati, Blora, Brebes, Pemalang dan
-- Temanggung serta laman layanan Dinkes Kab. Temanggung; ditambahkan ke teks "tried".
TRIED.minutes = TRIED.minutes .. " Dicari lagi 2026-12: standar pelayanan DPMPTSP Provinsi Jawa Tengah " ..
  "(konsultasi, pengaduan), DPMPTSP Kab. Pati, Blora, Brebes, Pemalang (NIB) dan Keputusan Bupati Temanggung " ..
  "068.2/32/2018 (standar DPMPTSP, hanya pembuka): tidak ada waktu loket dalam menit."

TRIED.sip_completion = TRIED.sip_completion .. " Dicari lagi 2026-12: PP 28/2024 (berita DPMPTSP Bontang " ..
  "Oktober 2025 hanya tentang kewenangan SIP pemda dan Menkes) dan laman layanan Dinkes Kab. Temanggung: " ..
  "batas hari penerbitan SIP tidak ditemukan."

-- Catatan pencarian persyaratan 2026-12 untuk layanan yang persyaratannya
-- tetap belum terkonfirmasi.
local function req3(note)
  return TRIED.requirements .. " Dicari lagi 2026-12 (SIPPN dan laman perizinan/dinas " ..
    "teknis kabupaten Jawa Tengah, peraturan pusat): " .. note
end

-- Fakta yang hanya bersumber standar DPMPTSP/Dinkes di luar Jawa Tengah atau salinan dokumen tanpa
-- nama daerah (dicari lagi 2026-12).
local NO_RETRIBUTION_SRC = "UU 1/2022 (retribusi perizinan tertentu hanya PBG, penggunaan tenaga kerja asing " ..
  "dan pengelolaan pertanahan)"
-- Kanal pengaduan Pemkab Purbalingga (Lapor Mas Bup, Matur Mas Bupati) menurut laman Pemkab sendiri.
local PEMKAB_COMPLAINT_SRC = "https://www.purbalinggakab.go.id/pemkab-purbalingga-apresiasi-opd-dan-kecamatan-terbaik-dalam-layanan-pengaduan-lapor-masbup-2025 " ..
  "(Pemkab Purbalingga: aduan Lapor MasBuP ditangani OPD); " ..
  "https://tabloidelemen.com/lapor-mas-bup-dan-matur-mas-bupati-2-layanan-aduan-masyarakat-purbalingga " ..
  "(Dinkominfo Purbalingga 13-3-2025: Lapor Mas Bup WhatsApp 081399004222, maturbup.purbalinggakab.go.id); " ..
  "Perpres 76/2013 (SP4N-LAPOR!)"
-- Standar PBG DPMPTSP Kota Magelang (Jawa Tengah) dan tahapan PBG dalam PP 16/2021 (dibaca 2026-12).
local MAGELANG_PBG = "https://dpmptsp.magelangkota.go.id/spsop/persetujuan-bangunan-gedung-pbg (standar " ..
  "pelayanan PBG DPMPTSP Kota Magelang, Jawa Tengah, dasar hukum sampai Keputusan Wali Kota 2025, dibaca " ..
  "2026-12: persyaratan umum)"
local PP16_PBG = "PP 16/2021 Pasal 253 dan 261 (PBG dimohon melalui SIMBG, konsultasi perencanaan dengan TPA/TPT " ..
  "sampai pernyataan pemenuhan standar teknis, lalu penerbitan: penetapan nilai retribusi, pembayaran " ..
  "retribusi, penerbitan PBG), tahapan sebagaimana dipaparkan Ditjen Cipta Karya " ..
  "(https://id.scribd.com/document/528803248)"
-- KKPR menurut PP 21/2021 (dibaca 2026-12): dokumen usulan kegiatan pemanfaatan ruang (Pasal 108 ayat (1))
-- dan batas 20 hari kerja penerbitan KKPR, 10 hari di antaranya pertimbangan teknis pertanahan, sebagaimana
-- dijelaskan Dirjen Tata Ruang Kementerian ATR/BPN (berlaku untuk permohonan berusaha maupun nonberusaha).
local PP21_KKPR_TIME = "PP 21/2021 tentang Penyelenggaraan Penataan Ruang (KKPR berusaha dan nonberusaha " ..
  "direspons paling lama 20 hari kerja, 10 hari di antaranya pertimbangan teknis pertanahan, pasalnya belum " ..
  "terbaca), sebagaimana dijelaskan Dirjen Tata Ruang ATR/BPN: " ..
  "https://www.medcom.id/properti/news-properti/ybJW2Xjk-pemanfaatan-ruang-dalam-perizinan-berusaha (26-4-2021)"
local PP21_KKPR_DOCS = "PP 21/2021 Pasal 108 ayat (1) (dokumen usulan kegiatan pemanfaatan ruang: koordinat " ..
  "lokasi, kebutuhan luas lahan, informasi penguasaan tanah, jenis usaha, rencana jumlah dan luas lantai " ..
  "bangunan, rencana teknis bangunan dan/atau rencana induk kawasan), dikutip " ..
  "https://arthajasaterimaberes.com/legalitas-usaha-dimulai-dari-sini-kupas-tuntas-pkkpr (Juni 2025)"
local ATR13_KKPR = "Permen ATR/BPN 13/2021 Pasal 7 (pendaftaran KKPR di OSS dilengkapi koordinat lokasi, kebutuhan " ..
  "luas lahan, informasi penguasaan tanah, jenis usaha, rencana jumlah dan luas lantai bangunan; bila lengkap " ..
  "OSS menerbitkan surat perintah setor biaya layanan yang dibayar pemohon lalu bukti bayarnya disampaikan ke " ..
  "OSS), dikutip https://jasalegalitas.id/oss-rba"
-- Standar layanan Dinas Kesehatan Kab. Temanggung (Jawa Tengah) di laman dinasnya, dibaca 2026-12: perizinan
-- apotek (daftar dokumen standar apotek Permenkes 14/2021) dan SPP-IRT (alur OSS-RBA dan aplikasi SPP-IRT).
local TEMANGGUNG_APOTEK = "https://dinkes.temanggungkab.go.id/frontend/d_layanan/397 (standar layanan perizinan " ..
  "apotek Dinkes Kab. Temanggung, Jawa Tengah, dasar hukum Permenkes 14/2021, tahun penetapan tidak tertera)"
local TEMANGGUNG_SPPIRT = "https://dinkes.temanggungkab.go.id/frontend/d_layanan/399 (standar layanan SPP-IRT " ..
  "Dinkes Kab. Temanggung, Jawa Tengah, dasar hukum PP 5/2021, PerBPOM 22/2018 dan 10/2021, tahun penetapan " ..
  "tidak tertera)"
-- SLF: tanya jawab DPMPTSP Kab. Kebumen (Jawa Tengah) dan PP 16/2021 sebagaimana dikutip (dibaca 2026-12).
local KEBUMEN_SLF = "https://dpmptsp.kebumenkab.go.id/index.php/web/post/998/sertifikat-laik-fungsi (tanya jawab " ..
  "SLF DPMPTSP Kab. Kebumen, Jawa Tengah, tahun tidak tertera: PBG/IMB, laporan uji teknis, gambar sesuai " ..
  "kondisi aktual, laporan pemeliharaan, lalu formulir, dokumen dan pemeriksaan teknis oleh tim inspeksi)"
local PP16_SLF = "PP 16/2021 Pasal 1 angka 18 dan ketentuan penerbitan SLF (SLF diterbitkan berdasarkan surat " ..
  "pernyataan kelaikan fungsi dari penyedia jasa pengawasan atau manajemen konstruksi melalui sistem " ..
  "elektronik Pemerintah Pusat), dikutip https://lawyerpontianak.com/2022/10/tata-cara-mengurus-sertifikat-laik.html"
-- Tanya jawab PBG DPMPTSP Kab. Kebumen (Jawa Tengah), dibaca 2026-12.
local KEBUMEN_PBG = "https://dpmptsp.kebumenkab.go.id/index.php/web/post/997/persetujuan-bangunan-gedung (tanya " ..
  "jawab PBG DPMPTSP Kab. Kebumen, Jawa Tengah, tahun tidak tertera: biaya PBG ditentukan peraturan daerah " ..
  "berdasarkan luas dan jenis bangunan)"
local LINGKUNGAN_TRIED = " Dicari lagi 2026-12: SIPPN DLH Kota Pekalongan 8206732 (SK 060/0294/III/2022) hanya " ..
  "untuk perubahan persetujuan lingkungan; standar PKPLH baru yang terbaca hanya Kota Surabaya dan Padangsidimpuan " ..
  "(di luar Jawa Tengah)."
local KARANGASEM_ONLY = "Hanya bersumber alur perizinan DPMPTSP Kab. Karangasem (Bali), bukan DPMPTSP " ..
  "Purbalingga atau DPMPTSP lain di Jawa Tengah; rincian dalam PP 21/2021 atau PP 22/2021 tidak terbaca. " ..
  "Dicari 2026-12: standar KKPR dan persetujuan lingkungan DPMPTSP Jawa Tengah di SIPPN tidak ditemukan; " ..
  "belum terkonfirmasi."

local agency = mpp.agency {
  id = "dpmptsp",
  name = "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten Purbalingga",
  short = "DPMPTSP",
  kind = "OPD",
  prefix = "B",
  counters = { 5, 6, 7 },
}

-- Alur yang sama untuk perizinan yang diajukan melalui OSS-RBA dan
-- diverifikasi perangkat daerah teknis.
local OSS_STEPS = {
  "Ambil nomor antrean; petugas front office memeriksa NIB/akun OSS dan kelengkapan dokumen",
  "Pemohon dibantu mengunggah persyaratan pada OSS (oss.go.id)",
  "Perangkat daerah teknis memverifikasi dan, bila perlu, meninjau lokasi",
  "Perizinan terbit melalui OSS dengan tanda tangan elektronik dan dapat dicetak mandiri",
}

local function oss(t)
  agency:service {
    id = t.id,
    name = t.name,
    requirements = t.requirements,
    procedure = t.procedure or OSS_STEPS,
    minutes = t.minutes or 20,
    completion = t.completion,
    fee = t.fee or 0,
    fee_note = t.fee_note or FREE,
    product = t.product,
    complaint_channel = COMPLAINT,
    legal_basis = t.legal_basis,
    priority = true,
    source = t.source,
    unconfirmed = t.unconfirmed,
    needs = t.needs,
    gives = t.gives,
  }
end

-- Surat izin praktik: persyaratan inti sama untuk semua profesi menurut
-- UU 17/2023 Pasal 264 (STR dan tempat praktik); yang berbeda adalah STR
-- profesinya dan produk izinnya.
local function sip(t)
  local reqs = {
    "Formulir permohonan",
    "KTP-el dan pas foto berwarna 4x6",
    t.str .. " yang berlaku",
    "Ijazah " .. t.ijazah,
    "Surat pernyataan memiliki tempat praktik atau surat keterangan dari pimpinan fasilitas pelayanan kesehatan",
    "Surat persetujuan atasan langsung bagi ASN/TNI/Polri atau pegawai fasilitas pemerintah",
    "Bukti kecukupan SKP (untuk perpanjangan)",
  }
  for _, r in ipairs(t.extra or {}) do reqs[#reqs + 1] = r end
  agency:service {
    id = t.id,
    name = t.name,
    requirements = reqs,
    procedure = {
      "Ambil nomor antrean; permohonan diajukan melalui aplikasi perizinan daerah dibantu petugas",
      "Front office memverifikasi kelengkapan berkas dan menerbitkan tanda terima",
      "Dinas Kesehatan memberi rekomendasi teknis",
      "Kepala DPMPTSP menandatangani SIP secara elektronik; SIP dapat diunduh atau diambil di loket",
    },
    minutes = 15,
    completion = t.completion,
    fee = 0,
    fee_note = FREE,
    product = t.product .. ", berlaku 5 tahun selama STR berlaku dan tempat praktik tidak berubah",
    complaint_channel = COMPLAINT,
    legal_basis = KES .. " (UU 17/2023 Pasal 263-265)" .. (t.basis and ("; " .. t.basis) or ""),
    priority = true,
    source = t.source or SIP_SRC,
    unconfirmed = t.unconfirmed,
  }
end

------------------------------------------------------------------------------
-- OSS-RBA: perizinan berusaha dasar
------------------------------------------------------------------------------

oss {
  id = "nib",
  name = "Pendampingan Pendaftaran Nomor Induk Berusaha (NIB) melalui OSS-RBA",
  requirements = {
    "KTP-el (perorangan) atau akta pendirian dan SK Kemenkumham (badan usaha)",
    "NPWP pribadi atau badan",
    "Alamat e-mail dan nomor telepon aktif",
    "Data usaha: lokasi, KBLI, modal, jumlah tenaga kerja",
  },
  procedure = {
    "Ambil nomor antrean; petugas menjelaskan pilihan UMK/non-UMK dan perorangan/badan usaha",
    "Pemohon dibantu membuat akun dan mengisi data usaha dan KBLI di oss.go.id",
    "OSS menerbitkan NIB; usaha risiko rendah langsung dapat berusaha, risiko lebih tinggi melanjutkan ke sertifikat standar/izin",
  },
  minutes = 30,
  -- PP 5/2021 Pasal 193-194: Lembaga OSS menerbitkan NIB melalui sistem OSS;
  -- untuk risiko rendah NIB terbit otomatis setelah data Pasal 177 lengkap.
  -- PP 5/2021 telah diganti PP 28/2025; pasal padanannya belum terbaca.
  completion = { at_counter = true, note = "NIB terbit otomatis di OSS setelah data usaha lengkap" },
  fee_note = "Gratis: NIB melalui OSS tidak dipungut biaya",
  product = "Nomor Induk Berusaha (berlaku juga sebagai TDP, API dan akses kepabeanan) dan, untuk risiko rendah, SPPL",
  legal_basis = "UU 6/2023 tentang Penetapan Perppu 2/2022 tentang Cipta Kerja; " .. OSS,
  source = {
    OSS_SRC .. " ; https://sippn.menpan.go.id/pelayanan-publik/8167680",
    completion = "PP 5/2021 Pasal 193 dan 194 ayat (1) " ..
      "(https://fliphtml5.com/hdmik/hftq/PP_Nomor_5_Tahun_2021/119)",
  },
  unconfirmed = {
    minutes = TRIED.minutes .. " Untuk NIB khusus: satoeasa.com (daftar NIB lewat aplikasi OSS " ..
      "sekitar 7 menit) dan inews.co.id (Hipmi: 30 menit lewat ponsel) adalah artikel, bukan " ..
      "standar pelayanan DPMPTSP; waktu 30 menit di sini tetap perkiraan (dicari 2026-12).",
  },
  -- Urutan kunjungan (tests/journeys/usaha-dan-pajak.txt): pendaftaran NIB meminta
  --   NPWP pribadi atau badan (https://dpmptsp.seruyankab.go.id/faq;
  --   https://sippn.menpan.go.id/pelayanan-publik/8167680), jadi NPWP di KPP lebih
  --   dulu. KTP-el (perorangan) atau akta pendirian (badan) adalah pilihan, maka
  --   tidak di `needs`.
  needs = { "npwp" },
  gives = { "nib" },
}

oss {
  id = "nib-perubahan",
  name = "Perubahan Data NIB dan Penambahan KBLI",
  requirements = {
    "Akun OSS dan NIB yang akan diubah",
    "Dokumen dasar perubahan (akta perubahan, SK Kemenkumham, NPWP baru, alamat baru)",
  },
  minutes = 20,
  completion = { at_counter = true },
  fee_note = "Gratis",
  product = "NIB dengan data terbaru",
  legal_basis = OSS,
  source = OSS_SRC,
  unconfirmed = { minutes = TRIED.minutes, completion = TRIED.completion },
}

oss {
  id = "sertifikat-standar",
  name = "Verifikasi Sertifikat Standar Usaha Risiko Menengah Tinggi",
  requirements = {
    "NIB dengan KBLI risiko menengah tinggi",
    "Dokumen pemenuhan standar usaha sesuai KBLI yang diunggah di OSS",
    "Persyaratan dasar yang diperlukan (KKPR, persetujuan lingkungan, PBG/SLF)",
  },
  product = "Sertifikat standar terverifikasi",
  legal_basis = OSS,
  source = OSS_SRC .. " ; https://sippn.menpan.go.id/pelayanan-publik/8167680",
  unconfirmed = { minutes = TRIED.minutes, completion = TRIED.completion },
  completion = { days = 5 },
}

oss {
  id = "pb-umku",
  name = "Perizinan Berusaha untuk Menunjang Kegiatan Usaha (PB-UMKU)",
  requirements = {
    "NIB",
    "Dokumen persyaratan PB-UMKU sesuai jenisnya yang diunggah di OSS",
  },
  product = "PB-UMKU yang terbit melalui OSS",
  legal_basis = OSS,
  source = OSS_SRC,
  unconfirmed = { minutes = TRIED.minutes, completion = TRIED.completion },
  completion = { days = 5 },
}

oss {
  id = "lkpm",
  name = "Bimbingan Laporan Kegiatan Penanaman Modal (LKPM)",
  requirements = {
    "Akun OSS dan NIB",
    "Data realisasi investasi, tenaga kerja dan produksi pada periode laporan",
  },
  procedure = {
    "Ambil nomor antrean; petugas memeriksa kewajiban LKPM pada akun OSS",
    "Pelaku usaha dibantu mengisi LKPM triwulan (usaha menengah dan besar) atau semester (usaha kecil)",
    "LKPM dikirim dan diperiksa DPMPTSP; bukti penyampaian dapat diunduh",
  },
  minutes = 20,
  completion = { at_counter = true },
  fee_note = "Gratis",
  product = "Bukti penyampaian LKPM",
  legal_basis = OSS .. "; Peraturan BKPM 5/2021 tentang Pedoman dan Tata Cara Pengawasan " ..
    "Perizinan Berusaha Berbasis Risiko",
  source = OSS_SRC,
  unconfirmed = { minutes = TRIED.minutes, completion = TRIED.completion },
}

------------------------------------------------------------------------------
-- Persyaratan dasar: ruang, lingkungan, bangunan
------------------------------------------------------------------------------

oss {
  id = "kkpr-berusaha",
  name = "Persetujuan Kesesuaian Kegiatan Pemanfaatan Ruang (PKKPR) untuk Kegiatan Berusaha",
  -- Persyaratan dan alur diubah 2026-12 mengikuti PP 21/2021 Pasal 108 ayat (1) dan penjelasan Dirjen
  -- Tata Ruang ATR/BPN (sebelumnya hanya alur DPMPTSP Kab. Karangasem, Bali). NIB dihapus dari daftar
  -- karena tidak disebut dalam dokumen usulan Pasal 108 ayat (1).
  requirements = {
    "Koordinat lokasi dan kebutuhan luas lahan",
    "Informasi penguasaan tanah",
    "Jenis usaha",
    "Rencana jumlah lantai dan luas lantai bangunan",
    "Rencana teknis bangunan dan/atau rencana induk kawasan",
  },
  procedure = {
    "Ambil nomor antrean; permohonan KKPR diajukan melalui OSS dan dokumen usulan kegiatan diunggah",
    "Bila berkas lengkap, OSS menerbitkan surat perintah setor; pemohon membayar biaya layanan (PNBP) dan menyampaikan bukti bayar ke OSS",
    "Lokasi yang sudah memiliki RDTR: konfirmasi KKPR; lokasi tanpa RDTR: dokumen usulan dinilai untuk persetujuan KKPR",
    "Kantor Pertanahan memberi pertimbangan teknis pertanahan (10 hari kerja dari batas 20 hari kerja)",
    "KKPR diterbitkan melalui OSS",
  },
  -- Catatan biaya diubah 2026-12 mengikuti Permen ATR/BPN 13/2021 Pasal 7 ayat (4)-(7).
  fee_note = "Tidak dipungut retribusi daerah; bila dikenakan, biaya layanan (PNBP) dibayar pemohon melalui " ..
    "surat perintah setor yang diterbitkan OSS",
  product = "Konfirmasi KKPR atau Persetujuan KKPR",
  legal_basis = "UU 26/2007 tentang Penataan Ruang sebagaimana diubah UU 6/2023; PP 21/2021 " ..
    "tentang Penyelenggaraan Penataan Ruang; " .. OSS,
  source = {
    "https://dpmptsp.karangasemkab.go.id/informasi/konten-view/prosedur-ijin (alur PKKPR)",
    product = "PP 21/2021 (KKPR untuk kegiatan berusaha berupa konfirmasi KKPR atau persetujuan KKPR)",
    fee = NO_RETRIBUTION_SRC,
    complaint_channel = PEMKAB_COMPLAINT_SRC,
    requirements = PP21_KKPR_DOCS .. "; " .. ATR13_KKPR,
    procedure = PP21_KKPR_TIME .. "; " .. PP21_KKPR_DOCS .. " (pendaftaran dan unggah dokumen di OSS, " ..
      "penilaian, penerbitan melalui OSS); " .. ATR13_KKPR,
    completion = PP21_KKPR_TIME,
    fee_note = NO_RETRIBUTION_SRC .. "; " .. ATR13_KKPR,
  },
  unconfirmed = {
    minutes = TRIED.minutes,
  },
  completion = { days = 20 },
}

oss {
  id = "kkpr-non-berusaha",
  name = "Persetujuan Kesesuaian Kegiatan Pemanfaatan Ruang untuk Kegiatan Nonberusaha",
  requirements = {
    "KTP-el pemohon atau dokumen instansi/yayasan",
    "Koordinat/peta lokasi dan luas tanah",
    "Bukti penguasaan tanah",
    "Rencana kegiatan (rumah tinggal, rumah ibadah, fasilitas sosial)",
  },
  procedure = {
    "Ambil nomor antrean; permohonan diajukan melalui sistem GISTARU/OSS dibantu petugas",
    "Dinas teknis tata ruang menilai kesesuaian dengan rencana tata ruang",
    "PKKPR nonberusaha diterbitkan",
  },
  product = "Persetujuan KKPR untuk kegiatan nonberusaha",
  legal_basis = "PP 21/2021 tentang Penyelenggaraan Penataan Ruang",
  source = {
    "PP 21/2021; https://dpmptsp.karangasemkab.go.id/informasi/konten-view/prosedur-ijin",
    completion = PP21_KKPR_TIME,
  },
  unconfirmed = {
    procedure = TRIED.procedure .. " Dicari lagi 2026-12: penjelasan Dirjen Tata Ruang tentang PP 21/2021 " ..
      "(medcom.id 2021) hanya memuat batas waktu, bukan alur permohonan nonberusaha (GISTARU/OSS).",
    minutes = TRIED.minutes,
  },
  completion = { days = 20 },
}

oss {
  id = "persetujuan-lingkungan",
  name = "Persetujuan Lingkungan (PKPLH) untuk Usaha Wajib UKL-UPL",
  requirements = {
    "NIB dan KKPR",
    "Formulir UKL-UPL standar spesifik yang diisi melalui OSS/Amdalnet",
    "Deskripsi rencana kegiatan, peta lokasi dan tata letak",
  },
  procedure = {
    "Ambil nomor antrean; kegiatan didaftarkan di OSS dan dokumen UKL-UPL diunggah",
    "Dinas Lingkungan Hidup memeriksa formulir dan meninjau lokasi",
    "PKPLH diterbitkan sebagai persetujuan lingkungan melalui OSS",
  },
  product = "Persetujuan Kesesuaian Pengelolaan Lingkungan Hidup (PKPLH)",
  legal_basis = "UU 32/2009 tentang PPLH sebagaimana diubah UU 6/2023; PP 22/2021 tentang " ..
    "Penyelenggaraan Perlindungan dan Pengelolaan Lingkungan Hidup; Permen LHK 4/2021",
  source = {
    "https://dpmptsp.karangasemkab.go.id/informasi/konten-view/prosedur-ijin (alur persetujuan lingkungan)",
    product = "PP 22/2021 (persetujuan lingkungan bagi usaha wajib UKL-UPL berupa PKPLH)",
    fee = NO_RETRIBUTION_SRC,
    fee_note = NO_RETRIBUTION_SRC,
    complaint_channel = PEMKAB_COMPLAINT_SRC,
  },
  unconfirmed = {
    minutes = TRIED.minutes,
    completion = TRIED.completion,
    requirements = KARANGASEM_ONLY .. LINGKUNGAN_TRIED .. " Dicari lagi 2026-12 (peraturan pusat): Lampiran " ..
      "III PP 22/2021 (pedoman pengisian formulir UKL-UPL, id.scribd.com/document/589020432) terbaca hanya " ..
      "bagian A-B (identitas penanggung jawab; nama, lokasi dengan peta dan skala/besaran rencana usaha); " ..
      "pasal pemeriksaan formulir UKL-UPL dan daftar persyaratan PTSP KLHK (pelayananterpadu.menlhk.go.id, " ..
      "hanya berkas unduhan) tidak terbaca, sehingga NIB/KKPR dan tata letak belum dapat dicocokkan.",
    procedure = KARANGASEM_ONLY .. LINGKUNGAN_TRIED,
  },
  completion = { days = 20 },
}

oss {
  id = "sppl",
  name = "Pendampingan Surat Pernyataan Kesanggupan Pengelolaan dan Pemantauan Lingkungan (SPPL)",
  requirements = {
    "NIB dengan KBLI yang tidak wajib Amdal/UKL-UPL",
    "Data lokasi dan kegiatan usaha",
  },
  minutes = 15,
  completion = { at_counter = true },
  fee_note = "Gratis",
  product = "SPPL yang terbit bersama NIB melalui OSS",
  legal_basis = "PP 22/2021; " .. OSS,
  source = "https://sippn.menpan.go.id/pelayanan-publik/8167680 (SPPL terbit bersama NIB)",
  unconfirmed = { minutes = TRIED.minutes, completion = TRIED.completion },
}

oss {
  id = "limbah-b3-rincian-teknis",
  name = "Rincian Teknis Penyimpanan Limbah B3",
  -- Muatan rincian teknis penyimpanan limbah B3 menurut PP 22/2021 Pasal 285
  -- ayat (4) (dikutip dalam materi penyusunan rincian teknis di scribd).
  requirements = {
    "Nama, sumber, karakteristik dan jumlah limbah B3 yang akan disimpan",
    "Dokumen yang menjelaskan tempat penyimpanan limbah B3",
    "Dokumen yang menjelaskan pengemasan limbah B3",
    "Persyaratan lingkungan hidup yang akan dipenuhi",
    "Kewajiban pemenuhan rincian teknis penyimpanan limbah B3",
  },
  product = "Rincian teknis penyimpanan limbah B3",
  legal_basis = "PP 22/2021; Permen LHK 6/2021 tentang Tata Cara dan Persyaratan Pengelolaan Limbah B3",
  source = {
    "PP 22/2021; Permen LHK 6/2021",
    requirements = "PP 22/2021 Pasal 285 ayat (4) (muatan rincian teknis penyimpanan limbah B3), " ..
      "sebagaimana dikutip https://id.scribd.com/presentation/663111075/MATERI-RINCIAN-TEKNIS-PENYIMPANAN-LB3 " ..
      "(dibaca 2026-12)",
  },
  unconfirmed = {
    minutes = TRIED.minutes,
    completion = TRIED.completion,
  },
  completion = { days = 10 },
}

oss {
  id = "pbg",
  name = "Persetujuan Bangunan Gedung (PBG) melalui SIMBG",
  -- Persyaratan diubah 2026-12 mengikuti standar PBG DPMPTSP Kota Magelang; sebelumnya hanya SIPPN
  -- DPMPTSP Kab. Seruyan (Kalimantan Tengah) dan alur DPMPTSP Karangasem (Bali).
  requirements = {
    "Fotokopi KTP dan NPWP pemohon; surat kuasa bermeterai dan fotokopi KTP penerima kuasa bila dikuasakan",
    "Fotokopi bukti kepemilikan tanah; bila tanah milik orang lain: surat persetujuan pemilik tanah dengan " ..
      "fotokopi KTP-nya atau perjanjian sewa tanah; bila pemilik tanah sudah meninggal: surat kematian dan " ..
      "keterangan waris",
    "Bukti pembayaran PBB tahun berjalan",
    "PKKPR",
    "Gambar konstruksi bangunan (denah, tampak, potongan, denah lokasi); perhitungan konstruksi untuk " ..
      "bangunan bertingkat/menara dan tes tanah (sondir) untuk bangunan lebih dari 3 lantai atau menara",
    "Fotokopi akta pendirian dan perubahannya, bagi badan hukum",
    "Dokumen lalu lintas dan dokumen lingkungan, bagi bangunan bukan rumah tinggal",
  },
  procedure = {
    "Ambil nomor antrean; pemohon dibantu mendaftar dan mengunggah dokumen di SIMBG",
    "Dinas PUPR memeriksa dokumen dan menjadwalkan konsultasi dengan TPA/TPT",
    "Dinas PUPR menerbitkan pernyataan pemenuhan standar teknis dan menghitung retribusi (SKRD)",
    "Pemohon membayar retribusi; DPMPTSP menerbitkan PBG melalui SIMBG",
  },
  minutes = 30,
  completion = { days = 28 },
  fee = 0,
  -- Catatan biaya diubah 2026-12 mengikuti tanya jawab PBG DPMPTSP Kab. Kebumen (besaran ditentukan Perda,
  -- berdasarkan luas dan jenis bangunan) dan tahapan PP 16/2021; rincian rumus dan harga satuan dalam
  -- Perda Purbalingga belum terbaca, maka tidak disebut. Pembebasan retribusi PBG rumah MBR (SKB tiga menteri
  -- 2025) belum diatur Purbalingga menurut banyumas.tribunnews.com 5-11-2025, maka belum dicantumkan.
  fee_note = "Layanan di loket tanpa biaya; PBG dikenai retribusi yang besarnya diatur Perda Pajak Daerah " ..
    "dan Retribusi Daerah Kab. Purbalingga menurut luas dan jenis/fungsi bangunan; nilai retribusi " ..
    "ditetapkan dinas teknis dan dibayar sebelum PBG terbit",
  product = "Persetujuan Bangunan Gedung (PBG)",
  legal_basis = "UU 28/2002 tentang Bangunan Gedung sebagaimana diubah UU 6/2023; PP 16/2021 " ..
    "tentang Peraturan Pelaksanaan UU 28/2002; UU 1/2022 (retribusi PBG)",
  source = {
    "https://sippn.menpan.go.id/pelayanan-publik/8264347 ; " ..
      "https://sippn.menpan.go.id/pelayanan-publik/8282552 ; " ..
      "https://dpmptsp.karangasemkab.go.id/informasi/konten-view/prosedur-ijin",
    -- DPU PR Purbalingga: PBG diajukan daring di SIMBG, berkas dikoreksi tim dinas dan
    -- tim akademisi (TPA), pemohon mengunggah perbaikan; permohonan juga dilayani di MPP.
    procedure = PP16_PBG .. "; https://radarbanyumas.disway.id/read/67948/kecepatan-terbit-izin-bangunan-tergantung-pemohon ; " ..
      "https://radarbanyumas.disway.id/read/77813/ratusan-permohonan-pbg-belum-terbit-ini-penyebabnya",
    requirements = MAGELANG_PBG,
    product = MAGELANG_PBG .. "; PP 16/2021 Pasal 253",
    fee = PP16_PBG,
    fee_note = KEBUMEN_PBG .. "; " .. PP16_PBG .. "; UU 1/2022 (retribusi PBG termasuk retribusi perizinan " ..
      "tertentu); Perda Kab. Purbalingga 15/2023 tentang Pajak Daerah dan Retribusi Daerah, dikutip " ..
      "https://www.sanyangtaxconsultants.com/2024/115369/pemkab-purbalingga-atur-ulang-tarif-pajak-daerah-ini-perinciannya",
    complaint_channel = PEMKAB_COMPLAINT_SRC,
  },
  unconfirmed = {
    minutes = TRIED.minutes .. " Untuk PBG khusus: standar PBG Kota Magelang " ..
      "(dpmptsp.magelangkota.go.id/spsop/persetujuan-bangunan-gedung-pbg) terbaca hanya sampai " ..
      "persyaratan; berita PBG 15-18 menit (Surabaya, Subang) bukan Jawa Tengah dan bukan standar.",
    completion = "PP 16/2021: pasal jangka waktu PBG tidak terbaca di salinan yang ditemukan (dicari 2026-12, " ..
      "kata kunci '28 hari kerja'). DPU PR Purbalingga menyatakan Mei 2023 bahwa SOP batas waktu " ..
      "PBG masih disusun (radarbanyumas.disway.id/read/77813); Kab. Tegal hanya menyebut " ..
      "verifikasi administrasi maks. 3 hari (ranahpesisir.com 2022), bukan jangka waktu total; " ..
      "standar PBG Kota Magelang terpotong sebelum jangka waktu; sippn Lumajang dan Kota Metro di " ..
      "luar Jawa Tengah. Nilai 28 hari kerja belum bersumber. Dicari lagi 2026-12: paparan Ditjen " ..
      "Cipta Karya tentang PP 16/2021 (id.scribd.com/document/528803248) hanya memuat tahapan Pasal 253 " ..
      "dan 261 tanpa batas hari; standar PBG yang memuat hari hanya di luar Jawa Tengah (SIPPN Lumajang " ..
      "8188323: TPA/TPT 3-25 hari kerja ditambah penerbitan 2 hari; Kota Metro 8134167; PUTR Kab. Cirebon " ..
      "2 hari bila lengkap, rakyatcirebon.disway.id 2025); detik.com 25-3-2025 menyebut SKB tiga menteri " ..
      "menargetkan PBG 10 hari (bukan standar Purbalingga); SIPPN Kota Tegal 8074160 hanya legalisasi " ..
      "surat pengantar PBG di kecamatan (15 menit), bukan PBG. Dicari lagi 2026-12: kata kunci " ..
      "'PP 16/2021 paling lama hari kerja', 'PBG SIMBG 28 hari kerja' dan standar PBG DPMPTSP/DPUPR " ..
      "Banyumas, Cilacap, Kebumen, Banjarnegara, Purworejo: tidak ada teks pasal maupun standar Jawa " ..
      "Tengah yang terbaca; hanya berita Kab. Cirebon (rakyatcirebon.disway.id, kacenews.id 2025: 2 " ..
      "hari bila lengkap, rata-rata 25 hari) di luar Jawa Tengah. Dicari lagi 2026-12 (halaman SIPPN " ..
      "dengan susunan Persyaratan/Jangka Waktu Pelayanan, standar PBG Kota Semarang, Surakarta, " ..
      "Salatiga, Purworejo, Banyumas, Cilacap, Kebumen, Banjarnegara, Pekalongan, Batang, Kendal, " ..
      "Demak, Jepara): standar PBG yang terbaca hanya di luar Jawa Tengah, yaitu SIPPN Kab. Bekasi " ..
      "8229475 dan 8229473 (Jawa Barat: 28 hari kerja bila persyaratan lengkap, sama dengan nilai di " ..
      "sini), Kab. Lumajang, Kota Metro dan Kab. Jember; standar PBG DPMPTSP Kota Magelang " ..
      "(dpmptsp.magelangkota.go.id/spsop/persetujuan-bangunan-gedung-pbg) tetap terbaca hanya sampai " ..
      "persyaratan; berita PBG 15 menit di MPP Surabaya (jatim.jpnn.com 17-10-2025) bukan Jawa Tengah " ..
      "dan bukan standar. Dicari lagi 2026-12: pasal jangka waktu PBG dalam PP 16/2021 tetap tidak " ..
      "ditemukan dalam salinan pasal per pasal maupun paparan; laman spsop PBG DPMPTSP Kota Magelang tetap " ..
      "terbaca hanya sampai persyaratan; SIPPN DPMPTSP kabupaten/kota Jawa Tengah untuk PBG tidak ditemukan." ..
      " Dicari lagi 2026-12: batas hari PBG dalam PP 16/2021 dan PP 28/2025, paparan Ditjen Cipta Karya " ..
      "tentang PBG dan SLF (scribd 699170615, hanya pembuka) dan standar PBG DPMPTSP Sragen, Klaten, Boyolali, " ..
      "Wonogiri dan Temanggung (Keputusan Bupati 068.2/32/2018, hanya pembuka): tidak ada angka yang terbaca; " ..
      "tanya jawab PBG DPMPTSP Kab. Kebumen (post/997) hanya menyebut 'beberapa minggu hingga beberapa bulan', " ..
      "bukan batas waktu standar. Dicari lagi 2026-12: pasal batas waktu PBG dalam PP 16/2021 dan Perbup PBG " ..
      "kabupaten Jawa Tengah tetap tidak ditemukan; teks informasi aplikasi SIMBG Kementerian PUPR (salinan kode " ..
      "sumber https://github.com/benosons/simbgold, berkas Informasi/views/Depan_info.php, 2023) menyebut PBG terbit " ..
      "paling lambat 28 hari kerja menurut fungsi dan klasifikasi bangunan, tetapi salinan tidak resmi itu bukan " ..
      "peraturan maupun standar Jawa Tengah, jadi hanya petunjuk bagi penghubung instansi.",
  },
}

oss {
  id = "slf",
  name = "Sertifikat Laik Fungsi (SLF) Bangunan Gedung",
  -- Perlu dicek penghubung instansi: biaya 0 di sini bersumber UU 1/2022, tetapi tanya jawab SLF DPMPTSP Kab.
  -- Kebumen menyebut pengurusan SLF "biasanya" dikenai biaya menurut jenis dan luas bangunan, dan DPU PR
  -- Purbalingga (radarbanyumas.disway.id/read/83629, Oktober 2023) menyebut 11 permohonan "menunggu pembayaran
  -- SLF". Nilai biaya tidak diubah sampai ada ketentuan Purbalingga yang terbaca.
  -- Persyaratan dan alur diubah 2026-12 mengikuti tanya jawab SLF DPMPTSP Kab. Kebumen (Jawa Tengah) dan
  -- PP 16/2021 (SLF berdasarkan surat pernyataan kelaikan fungsi, melalui sistem elektronik); sebelumnya
  -- hanya standar SLF DPMPTSP Kota Metro (Lampung).
  requirements = {
    "PBG (atau IMB) bangunan",
    "Laporan hasil uji teknis bangunan (struktur, instalasi listrik, sistem pemadam kebakaran, sanitasi)",
    "Gambar bangunan sesuai kondisi terbangun (as built drawing)",
    "Surat pernyataan kelaikan fungsi dari penyedia jasa pengawasan atau manajemen konstruksi",
    "Laporan pemeliharaan dan perawatan bangunan (bangunan yang sudah dimanfaatkan)",
  },
  procedure = {
    "Ambil nomor antrean; isi formulir permohonan dan unggah dokumen persyaratan di SIMBG dibantu petugas",
    "Tim teknis dinas memeriksa dokumen dan kelaikan fungsi bangunan",
    "SLF dan Surat Bukti Kepemilikan Bangunan Gedung (SBKBG) diterbitkan melalui SIMBG",
  },
  fee_note = "Tidak dipungut retribusi",
  product = "Sertifikat Laik Fungsi dan SBKBG",
  legal_basis = "UU 28/2002 sebagaimana diubah UU 6/2023; PP 16/2021",
  source = {
    "https://sippn.menpan.go.id/pelayanan-publik/8134167 (penerbitan SLF dan SBKBG)",
    product = "PP 16/2021 (SLF dan SBKBG diterbitkan pemerintah kabupaten/kota melalui SIMBG)",
    fee = NO_RETRIBUTION_SRC,
    fee_note = NO_RETRIBUTION_SRC,
    complaint_channel = PEMKAB_COMPLAINT_SRC,
    requirements = KEBUMEN_SLF .. "; " .. PP16_SLF,
    procedure = KEBUMEN_SLF .. "; " .. PP16_SLF,
  },
  unconfirmed = {
    minutes = TRIED.minutes,
    completion = TRIED.completion .. " Dicari lagi 2026-12: tanya jawab SLF DPMPTSP Kab. Kebumen " ..
      "(dpmptsp.kebumenkab.go.id/index.php/web/post/998) menyebut lama proses bervariasi menurut kesiapan " ..
      "dokumen dan jadwal inspeksi, tanpa angka yang terbaca.",
  },
  completion = { days = 3 },
}

oss {
  id = "rencana-tapak",
  name = "Pengesahan Rencana Tapak (Site Plan) Perumahan",
  -- Standar pengesahan site plan Kabupaten Purworejo (Jawa Tengah), laman perizinan
  -- izin.purworejokab.go.id.
  requirements = {
    "Surat permohonan pengesahan rencana tapak dari pengembang",
    "KRK atau KKPR yang menyatakan lokasi berada di zona yang boleh dibangun perumahan (bukan lahan pertanian pangan berkelanjutan)",
    "Fotokopi KTP pemohon",
    "Fotokopi sertifikat tanah atas nama pemohon (sertifikat gabungan bila lebih dari satu bidang)",
    "Surat keterangan izin pemakaman dari kepala desa/lurah (perumahan sampai 100 unit)",
    "Fotokopi akta pendirian badan usaha (rencana 21 kaveling atau lebih)",
    "Surat pernyataan bermeterai kesediaan menyerahkan PSU dan membangun perumahan serta PSU sesuai rencana tapak yang disahkan",
    "Gambar rencana tapak bertanda tangan pemohon: denah lokasi, ukuran kaveling, intensitas bangunan " ..
      "(KDB, KDH, KLB, jumlah lantai), garis sempadan, jaringan jalan, drainase dan sumur resapan",
  },
  procedure = {
    "Ambil nomor antrean dan serahkan berkas",
    "Tim teknis (PUPR, Perkim, Dinhub) menilai rencana tapak",
    "Rencana tapak yang disetujui disahkan dan menjadi dasar PBG",
  },
  product = "Rencana tapak yang disahkan",
  legal_basis = "UU 1/2011 tentang Perumahan dan Kawasan Permukiman; PP 12/2021 tentang " ..
    "Penyelenggaraan Perumahan dan Kawasan Permukiman",
  source = {
    "UU 1/2011; PP 12/2021",
    requirements = "https://izin.purworejokab.go.id/home/detail/32/112 (permohonan pengesahan site plan, " ..
      "Kabupaten Purworejo)",
    -- Laman yang sama: "Lama Proses Izin 10 hari kerja" (sebelumnya diisi 14 hari).
    completion = "https://izin.purworejokab.go.id/home/detail/32/112 (pengesahan site plan Kabupaten " ..
      "Purworejo, Jawa Tengah: lama proses 10 hari kerja, dibaca 2026-12)",
  },
  unconfirmed = {
    procedure = TRIED.procedure,
    minutes = TRIED.minutes,
  },
  completion = { days = 10 },
}

oss {
  id = "rumija",
  name = "Izin Pemanfaatan Ruang Milik Jalan Kabupaten (akses masuk, utilitas, bangunan pelengkap)",
  requirements = {
    "Surat permohonan",
    "KTP-el atau akta badan usaha",
    "Gambar teknis dan lokasi pemanfaatan ruang milik jalan",
    "Surat pernyataan kesanggupan memelihara dan mengembalikan kondisi jalan",
  },
  procedure = {
    "Ambil nomor antrean dan serahkan berkas",
    "Dinas PUPR meninjau lokasi dan memberi rekomendasi teknis",
    "Izin pemanfaatan ruang milik jalan diterbitkan",
  },
  product = "Izin pemanfaatan bagian-bagian jalan kabupaten",
  legal_basis = "UU 38/2004 tentang Jalan sebagaimana diubah UU 2/2022; PP 34/2006 tentang Jalan; " ..
    "Permen PUPR 20/PRT/M/2010 tentang Pedoman Pemanfaatan dan Penggunaan Bagian-Bagian Jalan",
  source = "Permen PUPR 20/2010",
  unconfirmed = {
    requirements = req3("standar izin pemanfaatan ruang milik jalan kabupaten di Jawa Tengah tidak ditemukan; " ..
      "hasil hanya KPPT Kota Cimahi (Jawa Barat, persyaratan di lampiran yang tidak terbaca), " ..
      "Perbup Karanganyar 25/2012 (juklak Perda 4/2011 penyelenggaraan jalan daerah, hanya " ..
      "bagian awal terbaca) dan Perda Jepara 5/2017 (judul saja); Permen PU 20/PRT/M/2010 belum" ..
      " terbaca pasal persyaratannya." ..
      " Dicari lagi 2026-12 (persyaratan): standar izin rumija jalan kabupaten di Jawa Tengah " ..
      "(SIPPN, DPUPR/DPMPTSP) tetap tidak ditemukan; yang terbaca hanya ringkasan tirto.id " ..
      "(mengutip laman KemenPANRB tanpa menyebut instansinya), pedoman ringkas Ditjen Cipta Karya " ..
      "2022 dan SE Dirjen Bina Marga 11/SE/Db/2017 (jalan nasional dan tol) serta izin penggunaan " ..
      "jalan Kota Blitar (Jawa Timur); pasal persyaratan Permen PU 20/PRT/M/2010 tetap tidak " ..
      "terbaca. Dicari lagi 2026-12: hasil tetap standar KPPT Kota Cimahi (persyaratan di lampiran " ..
      "yang tidak terbaca), prosedur rekomendasi pemanfaatan bagian jalan nasional Ditjen Bina Marga " ..
      "(docplayer, pembuka saja) dan Perbup Karanganyar 25/2012 (pembuka saja)."),
    procedure = TRIED.procedure,
    minutes = TRIED.minutes,
    completion = TRIED.completion,
  },
  completion = { days = 14 },
}

oss {
  id = "reklame",
  name = "Izin Penyelenggaraan Reklame",
  requirements = {
    "Surat permohonan pemasangan reklame/surat pernyataan pemohon",
    "Fotokopi KTP pemohon",
    "NPWPD (Nomor Pokok Wajib Pajak Daerah) dari Badan Keuangan Daerah",
    "Gambar teknis dan materi reklame (scan/PDF)",
    "Titik lokasi reklame (denah atau tangkapan layar Google Maps)",
    "Gambar konstruksi, untuk billboard/baliho/bando berkonstruksi baru",
  },
  procedure = {
    "Ambil nomor antrean; permohonan diajukan di aplikasi SiPURBA (daring atau dibantu petugas DPMPTSP) dan persyaratan diunggah",
    "Back office DPMPTSP memverifikasi dan menyetujui permohonan",
    "Badan Keuangan Daerah menetapkan SKPD pajak reklame dan kode bayar; pajak dibayar di teller Bank Jateng atau lewat transfer",
    "SK izin reklame dicetak mandiri atau diambil di DPMPTSP; SKPD dan stiker tanda pajak diambil di Badan Keuangan Daerah",
  },
  completion = { days = 1 },
  fee_note = "Izin tanpa biaya; pajak reklame dibayar sesuai SKPD dari Badan Keuangan Daerah melalui Bank Jateng",
  product = "Izin penyelenggaraan reklame",
  legal_basis = "Perda Kab. Purbalingga 14/2015 tentang Penyelenggaraan Izin Reklame sebagaimana " ..
    "diubah Perda 2/2018; UU 1/2022 tentang HKPD (pajak reklame)",
  source = {
    "https://dpmptsp.purbalinggakab.go.id/?p=1046 (aplikasi SiPURBA, DPMPTSP Purbalingga) ; " ..
      "https://mpp.purbalinggakab.go.id/web/detail_layanan/327/standar__pelayanan_perizinan_penyelenggaraan__reklame",
    requirements = "https://mpp.purbalinggakab.go.id/web/detail_layanan/327/standar__pelayanan_perizinan_penyelenggaraan__reklame ; " ..
      "https://dpmptsp.purbalinggakab.go.id/?p=1046",
    procedure = "https://mpp.purbalinggakab.go.id/web/detail_layanan/327/standar__pelayanan_perizinan_penyelenggaraan__reklame ; " ..
      "https://dpmptsp.purbalinggakab.go.id/?p=1046",
    completion = "https://dpmptsp.purbalinggakab.go.id/?p=1046 (waktu penyelesaian 1 hari kerja)",
    fee_note = "https://dpmptsp.purbalinggakab.go.id/?p=1046 ; UU 1/2022",
    legal_basis = "https://mpp.purbalinggakab.go.id/web/detail_layanan/327/standar__pelayanan_perizinan_penyelenggaraan__reklame ; " ..
      "UU 1/2022",
  },
  unconfirmed = {
    minutes = TRIED.minutes .. " Untuk reklame khusus: standar reklame MPP Purbalingga dan halaman " ..
      "SiPURBA memuat waktu penyelesaian 1 hari kerja tetapi tidak memuat waktu layanan di loket.",
  },
}

------------------------------------------------------------------------------
-- Izin praktik tenaga medis dan tenaga kesehatan
------------------------------------------------------------------------------

sip {
  id = "sip-dokter",
  name = "Surat Izin Praktik Dokter (SIP)",
  str = "STR dokter",
  ijazah = "dokter",
  product = "SIP dokter",
  unconfirmed = { minutes = TRIED.minutes, completion = TRIED.sip_completion },
  completion = { days = 3 },
}

sip {
  id = "sip-dokter-gigi",
  name = "Surat Izin Praktik Dokter Gigi",
  str = "STR dokter gigi",
  ijazah = "dokter gigi",
  product = "SIP dokter gigi",
  unconfirmed = { minutes = TRIED.minutes, completion = TRIED.sip_completion },
  completion = { days = 3 },
}

sip {
  id = "sip-dokter-spesialis",
  name = "Surat Izin Praktik Dokter Spesialis dan Dokter Gigi Spesialis",
  str = "STR dokter spesialis/dokter gigi spesialis",
  ijazah = "dokter spesialis/dokter gigi spesialis",
  product = "SIP dokter spesialis/dokter gigi spesialis",
  unconfirmed = { minutes = TRIED.minutes, completion = TRIED.sip_completion },
  completion = { days = 3 },
}

sip {
  id = "sip-bidan",
  name = "Surat Izin Praktik Bidan (SIPB)",
  str = "STR bidan",
  ijazah = "paling rendah Diploma III Kebidanan",
  extra = {
    "Denah lokasi dan koordinat tempat praktik mandiri bidan (bila praktik mandiri)",
    "SIPB pertama (bila memohon SIPB kedua)",
  },
  product = "Surat Izin Praktik Bidan",
  basis = "Permenkes 28/2017 tentang Izin dan Penyelenggaraan Praktik Bidan, sepanjang tidak bertentangan dengan UU 17/2023",
  source = SIP_SRC .. " ; https://dpmptsp.kolakakab.go.id/main/tampil_syarat/16",
  unconfirmed = { minutes = TRIED.minutes, completion = TRIED.sip_completion },
  completion = { days = 3 },
}

sip {
  id = "sip-perawat",
  name = "Surat Izin Praktik Perawat (SIPP)",
  str = "STR perawat",
  ijazah = "paling rendah Diploma III Keperawatan",
  extra = { "Denah lokasi tempat praktik mandiri perawat (bila praktik mandiri)" },
  product = "Surat Izin Praktik Perawat",
  unconfirmed = { minutes = TRIED.minutes, completion = TRIED.sip_completion },
  completion = { days = 3 },
}

sip {
  id = "sip-apoteker",
  name = "Surat Izin Praktik Apoteker (SIPA)",
  str = "STR apoteker",
  ijazah = "profesi apoteker",
  product = "Surat Izin Praktik Apoteker",
  unconfirmed = { minutes = TRIED.minutes, completion = TRIED.sip_completion },
  completion = { days = 3 },
}

sip {
  id = "sip-ttk",
  name = "Surat Izin Praktik Tenaga Teknis Kefarmasian (SIPTTK)",
  str = "STR tenaga vokasi farmasi",
  ijazah = "paling rendah Diploma III Farmasi",
  product = "Surat Izin Praktik Tenaga Teknis Kefarmasian",
  unconfirmed = { minutes = TRIED.minutes, completion = TRIED.sip_completion },
  completion = { days = 3 },
}

sip {
  id = "sip-fisioterapis",
  name = "Surat Izin Praktik Fisioterapis (SIPF)",
  str = "STR fisioterapis",
  ijazah = "paling rendah Diploma III Fisioterapi",
  product = "Surat Izin Praktik Fisioterapis",
  unconfirmed = { minutes = TRIED.minutes, completion = TRIED.sip_completion },
  completion = { days = 3 },
}

sip {
  id = "sip-nutrisionis",
  name = "Surat Izin Praktik Tenaga Gizi (nutrisionis, dietisien)",
  str = "STR tenaga gizi",
  ijazah = "paling rendah Diploma III Gizi",
  product = "Surat Izin Praktik Tenaga Gizi",
  unconfirmed = { minutes = TRIED.minutes, completion = TRIED.sip_completion },
  completion = { days = 3 },
}

sip {
  id = "sip-radiografer",
  name = "Surat Izin Praktik Radiografer (SIPR)",
  str = "STR radiografer",
  ijazah = "paling rendah Diploma III Radiologi",
  product = "Surat Izin Praktik Radiografer",
  unconfirmed = { minutes = TRIED.minutes, completion = TRIED.sip_completion },
  completion = { days = 3 },
}

sip {
  id = "sip-atlm",
  name = "Surat Izin Praktik Ahli Teknologi Laboratorium Medik (SIP-ATLM)",
  str = "STR ATLM",
  ijazah = "paling rendah Diploma III Teknologi Laboratorium Medis/Analis Kesehatan",
  product = "Surat Izin Praktik ATLM",
  unconfirmed = { minutes = TRIED.minutes, completion = TRIED.sip_completion },
  completion = { days = 3 },
}

sip {
  id = "sip-perekam-medis",
  name = "Surat Izin Praktik Perekam Medis dan Informasi Kesehatan",
  str = "STR perekam medis dan informasi kesehatan",
  ijazah = "paling rendah Diploma III Rekam Medis dan Informasi Kesehatan",
  product = "Surat Izin Praktik Perekam Medis dan Informasi Kesehatan",
  unconfirmed = { minutes = TRIED.minutes, completion = TRIED.sip_completion },
  completion = { days = 3 },
}

sip {
  id = "sip-terapis-gigi",
  name = "Surat Izin Praktik Terapis Gigi dan Mulut (SIPTGM)",
  str = "STR terapis gigi dan mulut",
  ijazah = "paling rendah Diploma III Kesehatan Gigi",
  product = "Surat Izin Praktik Terapis Gigi dan Mulut",
  unconfirmed = { minutes = TRIED.minutes, completion = TRIED.sip_completion },
  completion = { days = 3 },
}

sip {
  id = "sip-refraksionis",
  name = "Surat Izin Praktik Refraksionis Optisien/Optometris",
  str = "STR refraksionis optisien atau optometris",
  ijazah = "paling rendah Diploma III Refraksi Optisi",
  product = "Surat Izin Praktik Refraksionis Optisien/Optometris",
  source = SIP_SRC .. " ; https://mpp.pandeglangkab.go.id/submenu/detail/495",
  unconfirmed = { minutes = TRIED.minutes, completion = TRIED.sip_completion },
  completion = { days = 3 },
}

sip {
  id = "sip-psikolog-klinis",
  name = "Surat Izin Praktik Psikolog Klinis (SIPPK)",
  str = "STR psikolog klinis",
  ijazah = "magister psikologi profesi (psikologi klinis)",
  product = "Surat Izin Praktik Psikolog Klinis",
  unconfirmed = { minutes = TRIED.minutes, completion = TRIED.sip_completion },
  completion = { days = 3 },
}

------------------------------------------------------------------------------
-- Fasilitas pelayanan kesehatan dan pangan (verifikasi oleh Dinkes)
------------------------------------------------------------------------------

oss {
  id = "izin-klinik",
  name = "Perizinan Berusaha Klinik Pratama dan Klinik Utama",
  -- Persyaratan diganti 2026-12 dengan persyaratan umum standar usaha klinik (KBLI
  -- 86104/86105) dalam Lampiran Permenkes 14/2021, yang menjadi dasar sertifikat
  -- standar klinik di OSS. Daftar lama (NIB, STR/SIP semua tenaga, daftar SDM, obat dan
  -- alat, perjanjian limbah B3, PBG/SLF) hanya bersumber Dinkes Kab. Bogor dan Kab.
  -- Sidoarjo; dalam standar usaha, SDM, alat, sarana dan prasarana termasuk pemenuhan
  -- standar klinik, bukan dokumen persyaratan umum tersendiri.
  requirements = {
    "Bentuk pelaku usaha sesuai jenis klinik: klinik swasta rawat jalan oleh perorangan, " ..
      "badan usaha atau badan hukum; klinik rawat inap oleh badan usaha atau badan hukum; " ..
      "klinik penanaman modal asing hanya berbentuk perseroan terbatas (NIB melalui OSS)",
    "Surat keterangan Dinas Kesehatan Kabupaten tentang pertimbangan persetujuan pendirian klinik",
    "Dokumen profil klinik: nama dan alamat lengkap, visi, misi, struktur organisasi dan " ..
      "waktu penyelenggaraan",
    "Dokumen penilaian mandiri (self assessment) klinik",
    "Pemenuhan standar sarana, prasarana, peralatan dan SDM klinik sesuai standar usaha klinik",
  },
  product = "Sertifikat standar/izin klinik yang terbit melalui OSS",
  legal_basis = KES_PB,
  source = {
    "https://dinkes.bogorkab.go.id/layanan/Alur-Perizinan-Klinik ; " ..
      "http://dinkes.sidoarjokab.go.id/sertifikat-standar-klinik/",
    procedure = OSS_SRC,
    product = "Permenkes 14/2021 (standar kegiatan usaha klinik, perizinan melalui OSS); PP 5/2021",
    requirements = "Permenkes 14/2021 Lampiran, standar usaha klinik (KBLI 86104 dan 86105), persyaratan " ..
      "umum (bentuk pelaku usaha, surat keterangan Dinkes tentang pertimbangan persetujuan pendirian, " ..
      "profil klinik, self assessment, pemenuhan standar sarana, prasarana, peralatan dan SDM), " ..
      "sebagaimana dimuat salinan lampiran https://id.scribd.com/document/599024230/PERATURAN-KLINIK " ..
      "dan ringkasan https://id.scribd.com/presentation/571015528/2021-Permenkes-No-14-Fokus-Standar-Usaha-Klinik " ..
      "(dibaca 2026-12); Permenkes 14/2021 diubah Permenkes 8/2022",
    fee = NO_RETRIBUTION_SRC,
    fee_note = NO_RETRIBUTION_SRC,
    complaint_channel = PEMKAB_COMPLAINT_SRC,
  },
  unconfirmed = {
    minutes = TRIED.minutes,
    completion = TRIED.completion,
  },
  completion = { days = 14 },
}

oss {
  id = "izin-apotek",
  name = "Perizinan Berusaha Apotek",
  -- Persyaratan diubah 2026-12 mengikuti standar layanan perizinan apotek Dinkes Kab. Temanggung (daftar
  -- dokumen standar apotek Permenkes 14/2021); sebelumnya salinan standar tanpa nama daerah (pdfslide.net).
  requirements = {
    "Dokumen SPPL yang terbit di OSS bersama NIB",
    "Surat pernyataan komitmen registrasi apotek di aplikasi SIPNAP",
    "Informasi lokasi: titik geotag, keterangan lokasi apotek, dan keterangan bahwa apotek tidak berada di lingkungan rumah sakit",
    "Denah bangunan yang menunjukkan pembagian dan ukuran ruang",
    "Data sarana, prasarana dan peralatan, serta foto papan nama apotek dan papan nama praktik apoteker beserta letak pemasangannya",
    "Struktur organisasi SDM beserta tugasnya; data apoteker penanggung jawab, direktur (bagi badan usaha), apoteker lain, TTK dan tenaga lain",
    "Perpanjangan/perubahan: dokumen SIPNAP, dokumen yang berubah, izin yang masih berlaku, hasil self-assessment " ..
      "SIMONA dan laporan terakhir",
  },
  product = "Perizinan apotek (Surat Izin Apotek) yang terbit melalui OSS",
  legal_basis = KES_PB .. "; Permenkes 9/2017 tentang Apotek jo. Permenkes 26/2020",
  source = {
    "https://pdfslide.net/documents/standart-pelayanan-publik-surat-izin-apotek-no-standart-pelayanan-publik-surat-izin.html",
    procedure = OSS_SRC,
    product = "Permenkes 26/2020 dan Permenkes 14/2021 (perizinan berusaha apotek melalui OSS)",
    fee = NO_RETRIBUTION_SRC,
    fee_note = NO_RETRIBUTION_SRC,
    complaint_channel = PEMKAB_COMPLAINT_SRC,
    requirements = TEMANGGUNG_APOTEK,
  },
  unconfirmed = {
    minutes = TRIED.minutes,
    completion = TRIED.completion .. " Dicari lagi 2026-12: standar layanan perizinan apotek Dinkes Kab. " ..
      "Temanggung (dinkes.temanggungkab.go.id/frontend/d_layanan/397) terbaca hanya sampai persyaratan.",
  },
  completion = { days = 14 },
}

oss {
  id = "izin-toko-obat",
  name = "Perizinan Berusaha Toko Obat",
  -- Daftar dokumen standar toko obat Permenkes 14/2021 (dimuat sama persis oleh
  -- standar pelayanan Dinkes Kab. Kediri 2023, SIPPN Kota Kendari, Dinkes Kuningan
  -- dan DPMPTSP Pasaman, semuanya merujuk Permenkes 14/2021).
  requirements = {
    "Surat permohonan pelaku usaha (perseorangan, atau pimpinan PT/yayasan/koperasi)",
    "Dokumen SPPL yang terbit di OSS bersama NIB",
    "Perjanjian kerja sama bermeterai dengan TTK penanggung jawab (bagi pelaku usaha bukan perseorangan)",
    "Surat pernyataan komitmen registrasi toko obat di aplikasi SIMONA (simona.kemkes.go.id)",
    "Informasi lokasi: titik geotag dan keterangan lokasi toko obat",
    "Denah bangunan yang menunjukkan pembagian dan ukuran ruang",
    "Data sarana, prasarana dan peralatan, serta foto papan nama dan letak pemasangannya",
    "Struktur organisasi SDM beserta tugasnya; data TTK penanggung jawab WNI (KTP, STR, SIP TTK); " ..
      "jumlah TTK sesuai jam buka dan seluruh TTK memiliki surat izin praktik",
    "Perpanjangan/perubahan: izin yang masih berlaku, dokumen yang berubah, hasil self-assessment " ..
      "SIMONA dan laporan terakhir",
    "Bukti pembayaran PAD bila ditetapkan pemerintah daerah",
  },
  product = "Perizinan toko obat yang terbit melalui OSS",
  legal_basis = KES_PB,
  source = {
    "Permenkes 14/2021 (standar toko obat)",
    requirements = "Permenkes 14/2021 Lampiran, standar kegiatan usaha toko obat (KBLI 47722), " ..
      "daftar dokumen sebagaimana dimuat https://dinkes.kedirikab.go.id/standar-atau-data-teknis-toko-obat " ..
      "(standar pelayanan Dinkes Kab. Kediri TU/1759/418.25/12/2023) ; " ..
      "https://sippn.menpan.go.id/pelayanan-publik/8170026/pemerintah-kota-kendari/standar-pelayanan-perizinan-berusaha-izin-toko-obat ; " ..
      "https://dinkes.kuningankab.go.id/?p=708 ; " ..
      "http://dpmptsp.pasamankab.go.id/halaman/sertifikat-standar-izin-toko-obat",
  },
  unconfirmed = {
    minutes = TRIED.minutes,
    completion = TRIED.completion,
  },
  completion = { days = 14 },
}

oss {
  id = "izin-laboratorium",
  name = "Perizinan Berusaha Laboratorium Klinik",
  requirements = {
    "NIB dan data pelaku usaha",
    "Penanggung jawab teknis dan ATLM dengan STR dan SIP",
    "Daftar peralatan, kemampuan pemeriksaan dan denah",
    "Perjanjian pengelolaan limbah medis (B3)",
  },
  product = "Perizinan laboratorium klinik yang terbit melalui OSS",
  legal_basis = KES_PB,
  source = "Permenkes 14/2021 (standar laboratorium medis)",
  unconfirmed = {
    requirements = req3("Permenkes 14/2021 lampiran standar laboratorium medis (pdfcoffee.com) hanya terbaca " ..
      "bagian awal; SK Dinkes Kab. Jepara 166/2022 (standar pelayanan, scribd) hanya halaman " ..
      "SIP yang terbaca; standar rekomendasi teknis laboratorium klinik pratama Dinkes Kab. " ..
      "Kediri (Jawa Timur) menyebut dokumen badan usaha, rekomendasi pendirian, profil dan " ..
      "self-assessment laboratorium serta alat kesehatan, tetapi di luar Jawa Tengah." ..
      " Dicari lagi 2026-12 (persyaratan): SIPPN kabupaten Jawa Tengah untuk izin laboratorium " ..
      "klinik tidak ditemukan; Permenkes 411/2010 (scribd) hanya terbaca pembukanya dan sudah " ..
      "diganti Permenkes 14/2021; daftar dokumen laboratorium dalam lampiran Permenkes 14/2021 " ..
      "belum ditemukan dalam salinan yang terbaca. Dicari lagi 2026-12: laman perizinan Dinkes Kab. " ..
      "Tegal dan SIPPN untuk laboratorium klinik tidak menghasilkan standar; yang muncul hanya Perbup " ..
      "Tanah Datar tentang izin laboratorium klinik (Sumatera Barat, sebelum OSS) dan SE Menkes " ..
      "HK.02.01/MENKES/2019/2023 tentang perizinan labkesda (tanpa daftar dokumen)." ..
      " Dicari lagi 2026-12 (peraturan pusat): lampiran standar laboratorium medis Permenkes 14/2021 " ..
      "(pdfcoffee) tetap hanya terbaca pembukanya; Kepdirjen Yankes HK.02.02/III/2976/2022 tentang " ..
      "standar minimal laboratorium medis, sebagaimana diringkas persijatim.id dan ksplaw.co.id, hanya " ..
      "menyebut jenis persyaratan (bangunan, peralatan, SDM, jenis pemeriksaan), bukan daftar dokumen."),
    minutes = TRIED.minutes,
    completion = TRIED.completion,
  },
  completion = { days = 14 },
}

oss {
  id = "izin-optikal",
  name = "Perizinan Berusaha Optikal",
  -- Gabungan standar persetujuan teknis optik Dinkes Kab. Boyolali (Jawa Tengah, era
  -- OSS) dan daftar lampiran permohonan izin optikal Permenkes 1/2016 (dimuat
  -- DPMPTSP Kotawaringin Barat dan ringkasan Permenkes 1/2016 di scribd).
  requirements = {
    "Dokumen OSS (NIB) pelaku usaha",
    "Fotokopi KTP pemohon dan NPWP",
    "Surat pernyataan kesediaan refraksionis optisien/optometris menjadi penanggung jawab, " ..
      "dengan fotokopi STR dan SIP-nya (atau keterangan SIP sedang diproses)",
    "Formulir daftar ketenagaan",
    "Daftar periksa (ceklist) sarana, prasarana dan peralatan",
    "Denah situasi optik terhadap bangunan sekitar dan denah tata ruang dengan ukuran",
    "Perjanjian kerja sama dengan laboratorium dispensing bila optikal tidak memiliki laboratorium sendiri",
    "Rekomendasi asosiasi optikal (GAPOPIN) dan organisasi profesi (IROPIN)",
    "Fotokopi izin optik lama bila sudah pernah berizin",
  },
  product = "Perizinan optikal yang terbit melalui OSS",
  legal_basis = KES_PB .. "; Permenkes 1/2016 tentang Penyelenggaraan Optikal",
  source = {
    "Permenkes 1/2016",
    requirements = "https://id.scribd.com/document/671948679/SOP-PERIJINAN-OPTIK (standar pelayanan " ..
      "Surat Persetujuan Teknis Optik, Dinkes Kab. Boyolali) ; Permenkes 1/2016 (lampiran permohonan " ..
      "izin optikal, pasalnya belum dicek) sebagaimana dimuat " ..
      "https://dpmptsp.kotawaringinbaratkab.go.id/perizinan/MFcvWnc3SHJQR2dlUUVwUXN0by8xQT09 dan " ..
      "https://id.scribd.com/presentation/660120212/20222-2022-OP311-A-11404-6-198503052006061057-1",
  },
  unconfirmed = {
    minutes = TRIED.minutes,
    completion = TRIED.completion,
  },
  completion = { days = 14 },
}

oss {
  id = "izin-rumah-sakit",
  name = "Perizinan Berusaha Rumah Sakit Kelas C dan Kelas D",
  requirements = {
    "NIB, KKPR, persetujuan lingkungan, PBG dan SLF",
    "Profil dan self assessment rumah sakit",
    "Data SDM dengan STR dan SIP, daftar peralatan, sarana dan prasarana",
    "Perjanjian pengelolaan limbah medis (B3)",
  },
  minutes = 30,
  completion = { days = 14 },
  product = "Perizinan berusaha rumah sakit kelas C/D yang terbit melalui OSS",
  legal_basis = KES_PB .. "; PP 47/2021 tentang Penyelenggaraan Bidang Perumahsakitan",
  source = "PP 47/2021",
  unconfirmed = {
    requirements = req3("tidak ditemukan standar Jawa Tengah; hasil pencarian hanya makalah mahasiswa, paparan " ..
      "Biro Hukum Kemenkes tentang Permenkes 14/2021 (tanpa daftar dokumen) dan ringkasan " ..
      "Permenkes 147/2010 yang sudah dicabut." ..
      " Dicari lagi 2026-12 (persyaratan): standar izin operasional RS kelas C/D yang terbaca hanya" ..
      " di luar Jawa Tengah (SIPPN Kab. Serdang Bedagai, era sebelum OSS-RBA; Perbup Banjar " ..
      "46/2015) dan makalah; lampiran Permenkes 14/2021 untuk rumah sakit tidak terbaca." ..
      " Dicari lagi 2026-12 (peraturan pusat): surat Ditjen Yankes Kemenkes September 2021 tentang " ..
      "implementasi Permenkes 14/2021 pada perizinan rumah sakit di OSS (id.scribd.com/document/545197424) " ..
      "melampirkan daftar dokumen unggahan, tetapi lampirannya tidak terbaca; pasal perizinan PP 47/2021 " ..
      "dan Permenkes 3/2020 tidak terbaca (daftar Permenkes 3/2020 hanya dikutip standar MPP Pandeglang, " ..
      "Banten, dan DPMPTSP Kota Batu, Jawa Timur, era sebelum OSS-RBA)."),
    minutes = TRIED.minutes,
    completion = TRIED.completion,
  },
}

oss {
  id = "spp-irt",
  name = "Sertifikat Pemenuhan Komitmen Produksi Pangan Olahan Industri Rumah Tangga (SPP-IRT)",
  requirements = {
    "NIB usaha mikro/kecil dengan KBLI pangan olahan IRT",
    "Sertifikat Penyuluhan Keamanan Pangan (PKP) dari Dinas Kesehatan",
    "Label produk yang memenuhi ketentuan",
    "Pernyataan pemenuhan standar produksi pangan olahan IRT di OSS",
  },
  -- Alur diubah 2026-12 mengikuti standar layanan SPP-IRT Dinkes Kab. Temanggung (Jawa Tengah).
  procedure = {
    "Ambil nomor antrean; pelaku usaha dibantu mengajukan SPP-IRT di OSS",
    "SPP-IRT terbit di OSS; Dinas Kesehatan menerima notifikasinya melalui aplikasi SPP-IRT yang terhubung dengan OSS",
    "Dinas Kesehatan memverifikasi data dan mengevaluasi rancangan label",
    "Dinas Kesehatan mengawasi pemenuhan komitmen: penyuluhan keamanan pangan dan pemenuhan CPPB-IRT " ..
      "(higiene, sanitasi, dokumentasi) serta ketentuan label",
  },
  fee_note = "Gratis",
  product = "SPP-IRT dengan nomor P-IRT",
  legal_basis = "UU 18/2012 tentang Pangan; PP 86/2019 tentang Keamanan Pangan; PerBPOM " ..
    "22/2018 tentang Pedoman Pemberian SPP-IRT; " .. KES_PB,
  source = {
    "https://id.scribd.com/document/595408351/Permenkes-14-2021-Sppirt ; " ..
      "https://docslib.org/doc/10143430/pedoman-pemberian-sertifikat-produksi-pangan-industri-rumah-tangga",
    procedure = TEMANGGUNG_SPPIRT,
  },
  unconfirmed = {
    minutes = TRIED.minutes,
    completion = TRIED.completion .. " Dicari lagi 2026-12: standar layanan SPP-IRT Dinkes Kab. Temanggung " ..
      "(dinkes.temanggungkab.go.id/frontend/d_layanan/399) terbaca hanya sampai prosedur.",
  },
  completion = { days = 14 },
}

------------------------------------------------------------------------------
-- Pendidikan
------------------------------------------------------------------------------

oss {
  id = "izin-paud",
  name = "Izin Pendirian Satuan PAUD (TK, KB, TPA, SPS)",
  -- Standar rekomendasi pendirian PAUD swasta Dinas Pendidikan Kab. Wonogiri (Jawa
  -- Tengah), dirinci dengan standar izin pendirian satuan PAUD DPMPTSP Kota Kendari
  -- (SIPPN); keduanya menjabarkan Permendikbud 84/2014.
  requirements = {
    "Fotokopi identitas pendiri",
    "Surat keterangan domisili dari kepala desa/lurah",
    "Susunan pengurus dan rincian tugasnya",
    "Hasil studi kelayakan: bukti hak milik, sewa atau pinjam pakai tanah dan bangunan; akta notaris " ..
      "dan pengesahan badan hukum yayasan/perkumpulan; perkiraan pembiayaan paling sedikit 1 tahun",
    "Rencana Induk Pengembangan: visi-misi, kurikulum, pendidik dan tenaga kependidikan, sarana " ..
      "prasarana, struktur organisasi, pembiayaan, pengelolaan, peran serta masyarakat, tahapan 5 tahun",
    "Rencana pencapaian standar penyelenggaraan PAUD paling lama 3 tahun",
    "Surat pernyataan tidak keberatan dari TK/KB terdekat",
    "Rekomendasi pendirian dari Dinas Pendidikan",
  },
  procedure = {
    "Ambil nomor antrean dan serahkan berkas",
    "Dinas Pendidikan memverifikasi dan meninjau lokasi, lalu memberi rekomendasi",
    "Kepala DPMPTSP menerbitkan izin pendirian",
  },
  product = "Izin pendirian satuan PAUD",
  legal_basis = "UU 20/2003 tentang Sisdiknas; Permendikbud 84/2014 tentang Pendirian Satuan PAUD",
  source = {
    "Permendikbud 84/2014",
    requirements = "https://dinaspdank.wonogirikab.go.id/syarat-pelayanan-pendirianpaudswasta/ " ..
      "(standar rekomendasi pendirian PAUD swasta, Dinas Pendidikan Kab. Wonogiri) ; " ..
      "https://sippn.menpan.go.id/pelayanan-publik/8167347/pemerintah-kota-kendari/standar-pelayanan-izin-pendirian-satuan-pendidikan-anak-usia-dini",
  },
  unconfirmed = {
    minutes = TRIED.minutes,
    completion = TRIED.completion,
  },
  completion = { days = 14 },
}

oss {
  id = "izin-sekolah-dasar-menengah",
  name = "Izin Pendirian Sekolah Dasar dan Sekolah Menengah Pertama Swasta",
  -- Standar rekomendasi pendirian SD/SMP Dindikbud Kab. Pemalang (Jawa Tengah):
  -- rekomendasinya diteruskan ke DPMPTSP sebagai dasar izin pendirian.
  requirements = {
    "Identitas diri/KTP pendiri",
    "Surat keterangan domisili dari kepala desa/lurah",
    "Daftar susunan pengurus dengan rincian tugas dan struktur organisasi",
    "Dokumen hak milik, sewa atau pinjam pakai tanah dan bangunan atas nama pendiri",
    "Fotokopi akta notaris dan pengesahan badan hukum yayasan/perkumpulan (atau keputusan organisasi induk)",
    "Data pembiayaan untuk operasional paling sedikit 1 tahun pelajaran",
    "Visi dan misi, kurikulum tingkat satuan pendidikan dan data sasaran usia peserta didik",
    "Data pendidik, tenaga kependidikan, sarana dan prasarana",
    "Rekomendasi pendirian dari Dinas Pendidikan setelah tinjauan lokasi (studi kelayakan)",
  },
  procedure = {
    "Ambil nomor antrean dan serahkan berkas",
    "Dinas Pendidikan memverifikasi dan meninjau lokasi, lalu memberi rekomendasi",
    "Kepala DPMPTSP menerbitkan izin pendirian",
  },
  product = "Izin pendirian SD/SMP swasta",
  legal_basis = "UU 20/2003 tentang Sisdiknas; Permendikbud 36/2014 tentang Pedoman Pendirian, " ..
    "Perubahan, dan Penutupan Satuan Pendidikan Dasar dan Menengah",
  source = {
    "Permendikbud 36/2014",
    requirements = "https://dindikbud.pemalangkab.go.id/rekomendasi-pendirian-lembaga-formal-paudsdsmp/ " ..
      "(standar rekomendasi pendirian SD/SMP, Dindikbud Kab. Pemalang)",
  },
  unconfirmed = {
    minutes = TRIED.minutes,
    completion = TRIED.completion,
  },
  completion = { days = 14 },
}

oss {
  id = "izin-pendidikan-nonformal",
  name = "Izin Pendirian Lembaga Kursus dan Pelatihan (LKP) dan PKBM",
  -- Persyaratan administratif dan teknis pendirian satuan pendidikan nonformal
  -- menurut Permendikbud 81/2013, sebagaimana dikutip standar pelayanan MPP
  -- Kabupaten Pandeglang (Banten) yang mendasarkan layanan ini pada peraturan itu.
  requirements = {
    "Fotokopi KTP pendiri",
    "Susunan pengurus dan rincian tugasnya",
    "Surat keterangan domisili dari kepala desa/lurah",
    "Keterangan kepemilikan atau kuasa penggunaan tempat pembelajaran untuk paling singkat 3 tahun",
    "Bila pendiri berbadan hukum: surat pengesahan badan hukum dari kementerian yang membidangi hukum",
    "Dokumen rencana pengembangan satuan pendidikan yang mengacu pada Standar Nasional Pendidikan",
  },
  procedure = {
    "Ambil nomor antrean dan serahkan berkas",
    "Dinas Pendidikan memverifikasi dan meninjau lokasi, lalu memberi rekomendasi",
    "Kepala DPMPTSP menerbitkan izin pendirian",
  },
  product = "Izin pendirian LKP atau PKBM",
  legal_basis = "UU 20/2003 tentang Sisdiknas; Permendikbud 81/2013 tentang Pendirian Satuan " ..
    "Pendidikan Nonformal",
  source = {
    "Permendikbud 81/2013",
    requirements = "Permendikbud 81/2013 (persyaratan administratif dan persyaratan teknis pendirian " ..
      "satuan pendidikan nonformal), isi sebagaimana dimuat https://mpp.pandeglangkab.go.id/submenu/detail/497 " ..
      "(standar MPP Kab. Pandeglang, Banten, dibaca 2026-12)",
  },
  unconfirmed = {
    minutes = TRIED.minutes,
    completion = TRIED.completion,
  },
  completion = { days = 14 },
}

------------------------------------------------------------------------------
-- Perdagangan, pertanian, perikanan, koperasi, pariwisata
------------------------------------------------------------------------------

oss {
  id = "iuts",
  name = "Izin Usaha Toko Swalayan (IUTS)",
  -- Persyaratan menurut standar Izin Usaha Toko Modern (IUTM) DPMPTSP Kota Magelang
  -- (Jawa Tengah) untuk toko yang berdiri sendiri, disusun pada masa OSS 2018 (PP
  -- 24/2018) dan diterbitkan lewat OSS; salinan yang terbaca berhenti setelah butir
  -- keenam, jadi daftar ini memuat butir yang terbaca saja. Pengecualian analisis
  -- sosial ekonomi di sana mengacu Perda Kota Magelang 6/2011, tidak dibawa ke sini.
  requirements = {
    "NIB (Nomor Induk Berusaha) dari OSS",
    "Izin usaha toko swalayan yang diajukan melalui OSS beserta surat pernyataan pemenuhan komitmen/persyaratan",
    "Fotokopi KTP pemohon",
    "Hasil analisis kondisi sosial ekonomi masyarakat sekitar lokasi toko",
    "Rekomendasi dinas yang membidangi perdagangan",
  },
  product = "Izin Usaha Toko Swalayan melalui OSS",
  legal_basis = "PP 29/2021 tentang Penyelenggaraan Bidang Perdagangan; Permendag 23/2021 " ..
    "tentang Pedoman Pengembangan, Penataan, dan Pembinaan Pusat Perbelanjaan dan Toko Swalayan",
  source = {
    "PP 29/2021; Permendag 23/2021",
    requirements = "http://dpmptsp.magelangkota.go.id/index.php?option=com_content&view=article&id=610:izin-usaha-toko-modern&catid=55&tmpl=component&print=1&layout=default&Itemid=463 " ..
      "(standar Izin Usaha Toko Modern, DPMPTSP Kota Magelang, Jawa Tengah, masa OSS 2018-2020, " ..
      "dibaca 2026-12 sampai butir keenam persyaratan)",
  },
  unconfirmed = {
    minutes = TRIED.minutes,
    completion = TRIED.completion .. " Untuk IUTS: standar IUTM DPMPTSP Kota Magelang (2026-12) " ..
      "terbaca hanya sampai persyaratan, jangka waktunya tidak terbaca.",
  },
  completion = { days = 14 },
}

oss {
  id = "iup2r",
  name = "Izin Usaha Pengelolaan Pasar Rakyat (IUP2R)",
  requirements = {
    "NIB dengan KBLI pengelolaan pasar",
    "KKPR dan PBG lokasi",
    "Rencana kemitraan dan tata kelola pasar",
  },
  product = "Izin Usaha Pengelolaan Pasar Rakyat melalui OSS",
  legal_basis = "PP 29/2021 tentang Penyelenggaraan Bidang Perdagangan; Permendag 21/2021 " ..
    "tentang Pedoman Pembangunan dan Pengelolaan Sarana Perdagangan",
  source = "PP 29/2021",
  unconfirmed = {
    requirements = req3("standar IUP2R di Jawa Tengah tidak ditemukan; Perbup Purbalingga 2018 tentang " ..
      "Perlindungan dan Pemberdayaan Pasar Tradisional serta Penataan Pusat Perbelanjaan dan " ..
      "Toko Modern hanya terbaca bagian awal. Dicari lagi 2026-12: laman standar DPMPTSP Kota " ..
      "Magelang memuat Izin Usaha Toko Modern, tetapi halaman izin pengelolaan pasar rakyat/tradisional " ..
      "tidak ditemukan; Perda pasar daerah lain (Sanggau, Kotabaru, Purwakarta, Kab. Bandung) hanya " ..
      "terbaca pembuka atau pasal kewajiban izin tanpa daftar dokumen."),
    minutes = TRIED.minutes,
    completion = TRIED.completion,
    legal_basis = TRIED.legal_basis,
  },
  completion = { days = 14 },
}

oss {
  id = "tanda-daftar-gudang",
  name = "Tanda Daftar Gudang (TDG)",
  -- Persyaratan TDG menurut laman layanan Dinperindag Kab. Banyumas (Jawa Tengah).
  requirements = {
    "Surat permohonan pendaftaran gudang",
    "Fotokopi KTP pemilik atau pengelola gudang",
    "Fotokopi akta pendirian perusahaan (bagi badan usaha)",
    "NIB",
    "Bukti kepemilikan tanah/bangunan atau perjanjian sewa gudang",
    "IMB (kini PBG) bangunan gudang dan SLF bila diperlukan",
    "Bukti pembayaran pajak atau retribusi daerah yang terkait pergudangan",
  },
  product = "Tanda Daftar Gudang melalui OSS",
  legal_basis = "PP 29/2021 tentang Penyelenggaraan Bidang Perdagangan; " .. OSS,
  source = {
    "PP 29/2021",
    requirements = "https://dinperindag.banyumaskab.go.id/home/detail_layanan/9 (layanan Tanda Daftar " ..
      "Gudang, Dinperindag Kab. Banyumas)",
  },
  unconfirmed = {
    minutes = TRIED.minutes,
    completion = TRIED.completion,
  },
  completion = { days = 14 },
}

oss {
  id = "std-b",
  name = "Surat Tanda Daftar Usaha Perkebunan untuk Budidaya (STD-B)",
  requirements = {
    "Identitas pekebun (KTP-el) atau NIB",
    "Lokasi dan luas kebun (kurang dari 25 hektare) dengan peta/koordinat",
    "Bukti kepemilikan atau penguasaan lahan",
    "Jenis tanaman, jumlah pohon, asal benih dan tahun tanam",
  },
  procedure = {
    "Ambil nomor antrean dan serahkan berkas",
    "Dinas Pertanian memverifikasi dan meninjau kebun",
    "STD-B diterbitkan",
  },
  product = "Surat Tanda Daftar Usaha Perkebunan untuk Budidaya",
  legal_basis = "UU 39/2014 tentang Perkebunan sebagaimana diubah UU 6/2023; PP 26/2021 " ..
    "tentang Penyelenggaraan Bidang Pertanian",
  source = "PP 26/2021",
  unconfirmed = {
    requirements = req3("Kepdirjenbun 105/Kpts/PI.400/2/2018 tentang Pedoman Penerbitan STD-B (scribd, pdfcoffee)" ..
      " hanya terbaca bagian pembuka; berita Disbun Tebo (elaeis.co: KTP, bukti penguasaan " ..
      "lahan, peta kasar) bukan standar pelayanan; standar STD-B kabupaten Jawa Tengah tidak " ..
      "ditemukan." ..
      " Dicari lagi 2026-12 (persyaratan): artikel penyuluhan cybex.pertanian.go.id (14-11-2022) " ..
      "terpotong tepat sebelum daftar persyaratan STD-B; berita Disbun Kukar dan Pesisir Selatan " ..
      "tidak memuat daftar dokumen; pasal pendaftaran STD-B dalam Permentan 98/2013 tidak terbaca; " ..
      "halaman perizinan perkebunan yang terbaca (Pariaman) hanya untuk IUP-B 25 hektare ke atas." ..
      " Dicari lagi 2026-12: lajurpertanian.com (2023) dan berita Disbun Kukar hanya menyebut isi " ..
      "keterangan dalam STD-B (pemilik, status dan nomor surat lahan, luas, jenis tanaman, asal benih, " ..
      "jumlah pohon, tahun tanam), bukan daftar dokumen permohonan; Kepdirjenbun 105/2018 (scribd, " ..
      "pdfcoffee) tetap hanya terbaca pembukanya." ..
      " Dicari lagi 2026-12 (peraturan pusat): Kepdirjenbun 105/2018 (pdfcoffee, id.scribd.com/document/" ..
      "405684862) tetap hanya terbaca pembukanya; disbunak.paserkab.go.id (Kab. Paser, Kalimantan Timur) " ..
      "meringkas tahapan pedoman itu (sosialisasi, pendataan, verifikasi, pemeriksaan lapangan dan " ..
      "pemetaan, penerbitan, tanpa biaya) tanpa daftar dokumen permohonan."),
    minutes = TRIED.minutes,
    completion = TRIED.completion,
  },
  completion = { days = 14 },
}

oss {
  id = "izin-usaha-peternakan",
  name = "Perizinan Berusaha Peternakan",
  requirements = {
    "NIB dengan KBLI peternakan",
    "KKPR dan persetujuan lingkungan",
    "Jenis dan jumlah ternak, denah kandang dan fasilitas",
  },
  product = "Perizinan berusaha peternakan melalui OSS",
  legal_basis = "UU 18/2009 tentang Peternakan dan Kesehatan Hewan sebagaimana diubah UU 6/2023; " ..
    "PP 26/2021",
  source = "PP 26/2021",
  unconfirmed = {
    requirements = req3("yang perlu " ..
      "dibaca: Permentan 15/2021 (standar usaha peternakan) dan standar DPMPTSP/Dinas " ..
      "Peternakan kabupaten Jawa Tengah." ..
      " Dicari lagi 2026-12 (persyaratan): standar perizinan berusaha peternakan DPMPTSP/Dinas " ..
      "Peternakan Jawa Tengah tidak ditemukan; Perbup Pemalang 2017 tentang Perizinan dan " ..
      "Pendaftaran Usaha Peternakan (pdfslide, jdih.pemalangkab.go.id) dan Perbup Sragen 50/2012 " ..
      "hanya terbaca judul/pembukanya dan keduanya sebelum OSS-RBA; pendaftaran usaha peternakan " ..
      "DPMPTSP Bengkalis (Riau) di luar Jawa Tengah." ..
      " Dicari lagi 2026-12 (peraturan pusat): lampiran standar usaha peternakan Permentan 15/2021 tidak " ..
      "ditemukan; Permentan 14/2020 tentang Pendaftaran dan Perizinan Usaha Peternakan (123dok) hanya " ..
      "terbaca pembukanya; jawaban Dinas Peternakan dan Keswan Jawa Tengah di LaporGub (2020) hanya " ..
      "menyebut batas skala pendaftaran menurut Permentan 5/2019, bukan daftar dokumen."),
    minutes = TRIED.minutes,
    completion = TRIED.completion,
  },
  completion = { days = 14 },
}

oss {
  id = "sip-dokter-hewan",
  name = "Surat Izin Praktik Dokter Hewan",
  -- Persyaratan diganti 2026-12 dengan persyaratan umum standar praktik dokter hewan WNI
  -- (KBLI 75000, 01621, 01622) dalam Lampiran Permentan 15/2021. Berubah: formulir menjadi
  -- surat permohonan; ditambah NIB, rekomendasi organisasi profesi cabang dan rekomendasi
  -- dinas kabupaten; KTP-el tidak disebut dalam daftar standar itu. Persyaratan khusus
  -- (pemenuhan komitmen) hanya terbaca awalnya, jadi tidak dimasukkan.
  requirements = {
    "Surat permohonan",
    "NIB (melalui OSS)",
    "Pas foto berwarna 4x6, dua lembar",
    "Fotokopi ijazah dokter hewan",
    "Fotokopi sertifikat kompetensi dokter hewan dari organisasi profesi kedokteran hewan",
    "Fotokopi surat rekomendasi organisasi profesi kedokteran hewan cabang setempat",
    "Fotokopi surat rekomendasi dinas kabupaten yang membidangi kesehatan hewan",
    "Surat keterangan pemenuhan tempat praktik dokter hewan",
  },
  procedure = {
    "Ambil nomor antrean dan serahkan berkas",
    "Dinas yang membidangi kesehatan hewan memberi rekomendasi teknis",
    "Kepala DPMPTSP menerbitkan SIP dokter hewan",
  },
  product = "Surat Izin Praktik Dokter Hewan",
  legal_basis = "UU 18/2009 tentang Peternakan dan Kesehatan Hewan; Permentan 3/2019 tentang " ..
    "Pelayanan Jasa Medik Veteriner; Permentan 15/2021 tentang Standar Kegiatan Usaha dan Standar " ..
    "Produk pada Penyelenggaraan Perizinan Berusaha Berbasis Risiko Sektor Pertanian",
  source = {
    "Permentan 3/2019; Permentan 15/2021",
    requirements = "Permentan 15/2021 Lampiran, standar praktik dokter hewan untuk WNI (KBLI 75000, 01621, " ..
      "01622), angka 3 persyaratan umum (hlm. 2974-2975), sebagaimana dimuat salinan bagian lampiran " ..
      "https://id.scribd.com/document/610314840/Aktivitas-Kesehatan-Hewan (dibaca 2026-12; judul peraturan " ..
      "tidak tercantum di halaman yang terbaca, standar KBLI 01621 sebagai bagian Permentan 15/2021 " ..
      "disebut https://id.scribd.com/document/576057639/Legislasi-veteriner)",
  },
  unconfirmed = {
    minutes = TRIED.minutes,
    completion = TRIED.completion,
  },
  completion = { days = 3 },
}

oss {
  id = "izin-pembudidayaan-ikan",
  name = "Perizinan Berusaha Pembudidayaan Ikan",
  requirements = {
    "NIB dengan KBLI pembudidayaan ikan",
    "Lokasi dan luas lahan/kolam dengan koordinat",
    "Jenis ikan dan teknologi budidaya",
  },
  product = "Perizinan berusaha pembudidayaan ikan melalui OSS",
  legal_basis = "UU 31/2004 tentang Perikanan sebagaimana diubah UU 45/2009 dan UU 6/2023; " .. OSS,
  source = "PP 5/2021 (sektor kelautan dan perikanan)",
  unconfirmed = {
    requirements = req3("dkp.jatengprov.go.id hanya memuat sertifikasi CBIB (layanan provinsi, bukan perizinan " ..
      "berusaha); TPUPI Kabupaten Fakfak (KTP dan surat pernyataan luas lahan serta jenis ikan," ..
      " PermenKP 49/2014) berada di luar Jawa Tengah dan sebelum OSS; startnow.co.id (ringkasan" ..
      " KBLI budidaya: persyaratan perizinan 'tidak ada', kewajiban LKU dan CBIB) bukan sumber " ..
      "resmi; standar kabupaten Jawa Tengah tidak ditemukan." ..
      " Dicari lagi 2026-12 (persyaratan): standar Jawa Tengah tetap tidak ditemukan; PermenKP " ..
      "10/2021 (scribd, 1.202 halaman) hanya terbaca pembukanya; ringkasan KBLI startnow.co.id " ..
      "(persyaratan 'tidak ada' untuk usaha mikro dan kecil, kewajiban LKU dan cara budidaya ikan " ..
      "yang baik) bukan salinan resmi." ..
      " Dicari lagi 2026-12 (peraturan pusat): lampiran standar pembudidayaan ikan PermenKP 10/2021 dan " ..
      "lampiran PP 5/2021 sektor kelautan dan perikanan tidak ditemukan di salinan resmi (jdih, pasal.id); " ..
      "yang terbaca hanya ringkasan startnow.co.id untuk KBLI jasa sarana produksi budidaya ikan, bukan " ..
      "KBLI pembesaran/pembenihan ikan."),
    minutes = TRIED.minutes,
    completion = TRIED.completion,
  },
  completion = { days = 14 },
}

oss {
  id = "izin-simpan-pinjam",
  name = "Izin Usaha Simpan Pinjam Koperasi",
  -- Persyaratan standar usaha simpan pinjam KSP primer (KBLI 64141) menurut
  -- Kepmenkop UKM 49/2021 (perizinan berusaha berbasis risiko usaha simpan
  -- pinjam), dibaca lewat salinan yang sama isinya di SIPPN Kab. Trenggalek dan
  -- laman perizinan DPMPTSP Jawa Timur (JOSS) dan Jawa Barat; standar Jawa
  -- Tengah sendiri tidak ditemukan.
  requirements = {
    "Bukti setoran modal sendiri (KSP) atau modal yang ditempatkan koperasi pada USP, berupa " ..
      "rekening tabungan atas nama koperasi di bank umum (bank syariah untuk KSPPS/USPPS)",
    "Rencana kerja 3 tahun: rencana permodalan, kegiatan usaha, serta organisasi dan SDM",
    "Administrasi dan pembukuan usaha simpan pinjam",
    "Nama dan riwayat hidup pengurus, pengawas dan calon pengelola",
    "Kantor, papan nama dan sarana kerja",
    "Surat pernyataan informasi pemilik manfaat (beneficial ownership) koperasi",
  },
  product = "Izin usaha simpan pinjam koperasi melalui OSS",
  legal_basis = "UU 25/1992 tentang Perkoperasian sebagaimana diubah UU 6/2023; PP 7/2021 " ..
    "tentang Kemudahan, Pelindungan, dan Pemberdayaan Koperasi dan UMKM",
  source = {
    "PP 7/2021",
    requirements = "Kepmenkop UKM 49/2021 Lampiran (standar usaha simpan pinjam KSP primer, KBLI " ..
      "64141), isi sebagaimana dimuat https://sippn.menpan.go.id/pelayanan-publik/8240606/pemerintah-kab-trenggalek/perizinan-berusaha-sektor-perkoperasian " ..
      "(SIPPN Kab. Trenggalek, Jawa Timur, SK 188.45/60/406.022/2022) ; " ..
      "https://joss.appdev.web.id/index.php/home/peraturan/ijin/672 (DPMPTSP Jawa Timur, merujuk " ..
      "Kepmenkop UKM 49/2021) ; " ..
      "https://dpmptsp.jabarprov.go.id/jelita//backoffice/jenisizin/c_jenisizin/detail_syarat/270 " ..
      "(DPMPTSP Jawa Barat, dibaca 2026-12)",
  },
  unconfirmed = {
    minutes = TRIED.minutes,
    completion = TRIED.completion,
    legal_basis = TRIED.legal_basis,
  },
  completion = { days = 14 },
}

oss {
  id = "usaha-pariwisata",
  name = "Sertifikat Standar Usaha Pariwisata (pengganti TDUP)",
  requirements = {
    "NIB dengan KBLI usaha pariwisata (penginapan, rumah makan, destinasi, jasa perjalanan)",
    "Dokumen pemenuhan standar usaha sesuai KBLI",
  },
  product = "Sertifikat standar usaha pariwisata melalui OSS",
  legal_basis = "UU 10/2009 tentang Kepariwisataan; Permenparekraf 4/2021 tentang Standar " ..
    "Kegiatan Usaha pada Penyelenggaraan Perizinan Berusaha Berbasis Risiko Sektor Pariwisata",
  source = "Permenparekraf 4/2021",
  unconfirmed = {
    requirements = req3("lampiran Permenparekraf 4/2021 (salinan jdih.kemenparekraf.go.id di anyflip.com) terbaca" ..
      " hanya untuk beberapa KBLI (mis. wisata pantai, taman bertema): standar menengah rendah " ..
      "dipenuhi dengan pernyataan mandiri di OSS, persyaratan lain berbeda per KBLI, jadi " ..
      "daftar umum di sini belum bisa dicocokkan; standar TDUP lama (vdokumen.com, KPPT Cimahi)" ..
      " sudah tidak berlaku; standar Jawa Tengah tidak ditemukan." ..
      " Dicari lagi 2026-12 (peraturan pusat): lampiran Permenparekraf 4/2021 (anyflip) kembali hanya " ..
      "memuat standar per KBLI (mis. wisata pantai dan apartemen hotel); pasal umum yang menyebut daftar " ..
      "dokumen untuk semua usaha pariwisata tidak ditemukan, jadi daftar umum di sini tetap belum bisa dicocokkan."),
    minutes = TRIED.minutes,
    completion = TRIED.completion,
  },
  completion = { days = 14 },
}

------------------------------------------------------------------------------
-- Nonperizinan, konsultasi dan pengaduan
------------------------------------------------------------------------------

oss {
  id = "penelitian",
  name = "Surat Keterangan Penelitian",
  requirements = {
    "Surat pengantar dari perguruan tinggi/lembaga",
    "Proposal penelitian dalam bahasa Indonesia",
    "KTP-el peneliti",
    "Surat pernyataan menaati dan tidak melanggar ketentuan peraturan perundang-undangan serta menyerahkan hasil penelitian",
    "Surat pernyataan bertanggung jawab atas keabsahan dokumen yang diserahkan",
  },
  procedure = {
    "Ambil nomor antrean dan serahkan permohonan beserta dokumen persyaratan",
    "Petugas DPMPTSP memverifikasi permohonan dan dokumen; berkas yang belum lengkap dikembalikan",
    "DPMPTSP berkoordinasi dengan Badan Kesatuan Bangsa dan Politik",
    "Surat keterangan penelitian ditandatangani dan diterbitkan",
  },
  minutes = 15,
  completion = { days = 1 },
  fee_note = "Gratis",
  product = "Surat Keterangan Penelitian",
  legal_basis = "Permendagri 3/2018 tentang Penerbitan Surat Keterangan Penelitian",
  source = {
    "Permendagri 3/2018 ; " ..
      "http://kesbangpol.kemendagri.go.id/index.php/subblog/read/2018/7421/Pelaksanaan-Penerbitan-SKP-Dalam-Permendagri-Nomor-3-Tahun-2018/5413",
    -- Pasal 6: SKP kabupaten diterbitkan Bupati melalui DPMPTSP berkoordinasi dengan
    -- Kesbangpol; Pasal 7: pengajuan, verifikasi, penandatanganan; Pasal 10: berkas
    -- yang belum lengkap dikembalikan. Ringkasan yang sama menyebut dokumen permohonan
    -- (proposal berbahasa Indonesia, dua surat pernyataan, identitas peneliti).
    procedure = "Permendagri 3/2018 Pasal 6, 7 dan 10 ; " ..
      "http://kesbangpol.kemendagri.go.id/index.php/subblog/read/2018/7421/Pelaksanaan-Penerbitan-SKP-Dalam-Permendagri-Nomor-3-Tahun-2018/5413",
  },
  unconfirmed = {
    minutes = TRIED.minutes,
    completion = "Permendagri 3/2018: ringkasan pasal 6-10 di kesbangpol.kemendagri.go.id dan " ..
      "zonalima.com tidak menyebut batas hari penerbitan SKP; teks lengkap (123dok.com) hanya " ..
      "terbaca bagian awal; standar SKP DPMPTSP Jawa Tengah tidak ditemukan (dicari 2026-12). Dicari " ..
      "lagi 2026-12: dpmptsp.rembangkab.go.id (berita SE Bupati Rembang 070/2277/2021: SKP diterbitkan " ..
      "DPMPTSP Naker setelah rekomendasi Bakesbangpol) tidak menyebut batas hari; standar SKP yang " ..
      "terbaca (DPMPTSP Kalimantan Barat, Papua Barat Daya) di luar Jawa Tengah dan tanpa jangka waktu " ..
      "di bagian yang terbaca.",
  },
}

oss {
  id = "legalisasi",
  name = "Legalisasi Salinan Dokumen Perizinan",
  requirements = {
    "Dokumen perizinan asli yang diterbitkan DPMPTSP",
    "Fotokopi yang akan dilegalisasi",
  },
  procedure = {
    "Ambil nomor antrean dan serahkan dokumen asli dan fotokopinya",
    "Petugas mencocokkan fotokopi dengan aslinya dan arsip perizinan",
    "Fotokopi dilegalisasi dan diserahkan",
  },
  minutes = 10,
  completion = { at_counter = true },
  fee_note = "Gratis. Dokumen OSS bertanda tangan elektronik sah tanpa legalisasi",
  product = "Salinan dokumen perizinan yang dilegalisasi",
  legal_basis = "Permendagri 138/2017 tentang Penyelenggaraan PTSP Daerah",
  source = "Permendagri 138/2017",
  unconfirmed = {
    requirements = req3("standar legalisasi salinan izin DPMPTSP kabupaten Jawa Tengah tidak ditemukan; hanya " ..
      "Keputusan Kepala DPMPTSP-TK Kab. Batang 368/2017 tentang SOP perizinan (docplayer, " ..
      "bagian awal) dan standar daerah lain yang tidak memuat legalisasi." ..
      " Dicari lagi 2026-12 (persyaratan): SIPPN dan laman DPMPTSP untuk legalisasi salinan izin " ..
      "tidak menghasilkan standar; hasil hanya alur umum DPMPTSP Wajo dan SOP DPMPTSP-TK Batang " ..
      "368/2017 yang sama. Dicari lagi 2026-12 (legalisir salinan izin, waktu pelayanan menit): " ..
      "hasil hanya alur umum DPMPTSP Wajo dan FAQ PTSP Gowa, tanpa persyaratan legalisasi." ..
      " Dicari lagi 2026-12 (legalisir salinan izin DPMPTSP, persyaratan dan waktu di loket): hasil " ..
      "tetap alur umum DPMPTSP Wajo dan makalah PTSP, tanpa standar Jawa Tengah."),
    minutes = TRIED.minutes,
    completion = TRIED.completion,
  },
}

oss {
  id = "konsultasi",
  name = "Konsultasi dan Informasi Perizinan",
  requirements = { "Tidak ada persyaratan; bawa dokumen usaha bila ada" },
  procedure = {
    "Ambil nomor antrean",
    "Petugas menjelaskan jenis izin, persyaratan, alur, waktu dan biaya sesuai kegiatan usaha (KBLI)",
    "Bila perlu, pemohon diarahkan ke loket instansi teknis di MPP",
  },
  minutes = 15,
  completion = { at_counter = true },
  fee_note = "Gratis",
  product = "Informasi perizinan",
  legal_basis = "UU 25/2009 tentang Pelayanan Publik; Permendagri 138/2017",
  source = "Permendagri 138/2017; UU 25/2009",
  unconfirmed = { minutes = TRIED.minutes, completion = TRIED.completion },
}

oss {
  id = "pengaduan",
  name = "Pengaduan Pelayanan Perizinan",
  requirements = {
    "Identitas pelapor (dirahasiakan bila diminta)",
    "Uraian pengaduan dan bukti pendukung",
  },
  procedure = {
    "Ambil nomor antrean dan sampaikan pengaduan lisan atau tertulis",
    "Petugas mencatat pengaduan dan meneruskannya ke unit terkait atau SP4N-LAPOR!",
    "Pengaduan ditindaklanjuti dan pelapor menerima jawaban",
  },
  minutes = 15,
  completion = { days = 5 },
  fee_note = "Gratis",
  product = "Tanda terima dan jawaban pengaduan",
  legal_basis = "UU 25/2009 tentang Pelayanan Publik; Perpres 76/2013 tentang Pengelolaan " ..
    "Pengaduan Pelayanan Publik",
  source = "https://tabloidelemen.com/lapor-mas-bup-dan-matur-mas-bupati-2-layanan-aduan-masyarakat-purbalingga ; Perpres 76/2013",
  unconfirmed = { minutes = TRIED.minutes, completion = TRIED.completion },
}

oss {
  id = "pencabutan-izin",
  name = "Pencabutan Perizinan atas Permohonan Pemegang Izin",
  requirements = {
    "Surat permohonan pencabutan dari pemegang izin",
    "Dokumen perizinan asli",
    "KTP-el atau akta badan usaha",
  },
  procedure = {
    "Ambil nomor antrean dan serahkan berkas",
    "Petugas memverifikasi data perizinan",
    "Keputusan pencabutan diterbitkan dan status izin pada OSS/aplikasi diperbarui",
  },
  minutes = 15,
  completion = { days = 5 },
  fee_note = "Gratis",
  product = "Keputusan pencabutan perizinan",
  legal_basis = OSS,
  source = "PP 5/2021",
  unconfirmed = {
    requirements = req3("standar pencabutan izin atas permohonan pemegang izin tidak ditemukan (hasil hanya alur " ..
      "umum DPMPTSP Wajo dan Karangasem, tanpa persyaratan pencabutan)."),
    procedure = TRIED.procedure,
    minutes = TRIED.minutes,
    completion = TRIED.completion,
  },
}

-- Kelompok prioritas didahulukan; satu nomor reguler setelah tiga
-- panggilan prioritas agar pelaku usaha tetap terlayani.
agency:route { priority_first = true, regular_after_priority = 3 }
