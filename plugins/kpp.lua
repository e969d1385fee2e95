-- Kantor Pelayanan Pajak (KPP) Pratama Purbalingga, Direktorat Jenderal
-- Pajak: di MPP membuka Tempat Pelayanan Terpadu (TPT) untuk pendaftaran
-- dan perubahan data wajib pajak, aktivasi akun Coretax/EFIN, PKP, surat
-- keterangan (fiskal, bebas PPh, penelitian formal PPh tanah/bangunan),
-- pemindahbukuan, pengurangan sanksi dan asistensi SPT. Loket 21, nomor
-- antrean J.
--
-- Sumber (diperiksa 2026-11):
--   - Standar Pelayanan KPP Pratama Bandar Lampung Satu (anyflip.com/ncrse/gppi),
--     daftar jenis layanan TPT standar DJP;
--   - KEP-378/PJ/2013 dan SE-54/PJ/2015 (daftar standar pelayanan DJP);
--   - UU 6/1983 tentang KUP s.t.d.t.d. UU 6/2023; UU 7/2021 (HPP);
--     PMK 81/2024 (ketentuan perpajakan dalam rangka Coretax);
--     PMK 112/2022 (NIK sebagai NPWP); PP 34/2016 dan PMK 261/2016
--     (PPh pengalihan hak atas tanah/bangunan); PER-18/PJ/2017 (penelitian
--     bukti penyetoran PPh pengalihan tanah/bangunan);
--   - Kring Pajak 1500200 dan pengaduan.pajak.go.id (ddtc.co.id 18/11/2025,
--     ajaib.co.id); PER-07/PJ/2019 (tata cara pengaduan).
-- Semua layanan perpajakan tidak dipungut biaya (fee 0, terkonfirmasi).
-- Belum terkonfirmasi: waktu layanan di loket (minutes) seluruh layanan;
-- jangka waktu penyelesaian yang disebut dalam prosedur mengikuti standar
-- pelayanan DJP yang lazim dan ditandai pada layanan yang bersangkutan.

local PENGADUAN = "Kring Pajak 1500200; pengaduan.pajak.go.id; WISE Kemenkeu (wise.kemenkeu.go.id); "
  .. "kotak pengaduan KPP; SP4N-LAPOR! (lapor.go.id)"
local KUP = "UU 6/1983 tentang Ketentuan Umum dan Tata Cara Perpajakan s.t.d.t.d. UU 6/2023; "
  .. "UU 7/2021 tentang Harmonisasi Peraturan Perpajakan"
local DASAR = KUP .. "; PMK 81/2024"
local SUMBER = "Standar Pelayanan KPP Pratama (anyflip.com/ncrse/gppi); KEP-378/PJ/2013; PMK 81/2024"

-- What was looked up for each fact the services below leave unconfirmed
-- (`mppctl facts kpp` lists them per service).
local TRIED = {
  requirements = "Persyaratan dari standar KPP lain dan PMK 81/2024; ketentuan KPP Purbalingga tidak " ..
    "ditemukan (diperiksa 2026-11).",
  minutes = "Standar Pelayanan KPP Pratama Bandar Lampung Satu (anyflip.com/ncrse/gppi) ditemukan " ..
    "lagi (2026-12) tetapi yang terbaca hanya daftar isinya; KEP-378/PJ/2013 belum terbaca " ..
    "lampirannya.",
  completion = "Lampiran KEP-378/PJ/2013 dan standar KPP Bandar Lampung Satu memuat jangka waktu per " ..
    "layanan tetapi isinya belum terbaca (dicari 2026-12); UU KUP untuk pengurangan sanksi " ..
    "belum terbaca pasalnya. Pendaftaran NPWP orang pribadi penduduk: 1 hari kerja menurut " ..
    "PER-7/PJ/2025 Pasal 16 (dipakai); tenggat untuk badan (Pasal 16 ayat 7-12) tidak " ..
    "terbaca pada uraian diskusipajak.com (dicari 2026-12).",
}

local agency = mpp.agency {
  id = "kpp",
  name = "Kantor Pelayanan Pajak Pratama Purbalingga",
  short = "KPP Pratama",
  kind = "vertical",
  prefix = "J",
}

agency:service {
  id = "npwp-orang-pribadi",
  name = "Pendaftaran NPWP Orang Pribadi",
  requirements = {
    "WNI: KTP-el (NIK digunakan sebagai NPWP)",
    "WNA: paspor dan KITAS/KITAP",
    "Pengusaha: keterangan tempat kegiatan usaha (mis. NIB atau surat keterangan usaha)",
    "Alamat email dan nomor ponsel aktif",
  },
  procedure = {
    "Ambil nomor antrean",
    "Petugas TPT membantu pengisian formulir pendaftaran di Coretax",
    "Penelitian data oleh petugas",
    "NPWP dan Surat Keterangan Terdaftar (SKT) diterbitkan",
  },
  minutes = 15,
  -- PER-7/PJ/2025 Pasal 16: untuk penduduk, NIK diaktifkan sebagai NPWP dan
  -- Kepala KPP menindaklanjuti paling lama 1 hari kerja sesudah bukti
  -- penerimaan surat terbit; dokumen dikirim lewat akun, email atau pos.
  completion = {
    days = 1,
    note = "NIK diaktifkan sebagai NPWP; kartu NPWP dan SKT dikirim ke akun Wajib Pajak, email atau pos",
  },
  fee = 0,
  product = "NPWP dan Surat Keterangan Terdaftar (SKT)",
  complaint_channel = PENGADUAN,
  legal_basis = DASAR .. "; PMK 112/2022; PER-7/PJ/2025",
  priority = true,
  source = {
    SUMBER .. "; PMK 112/2022",
    completion = "PER-7/PJ/2025 Pasal 16 ayat (1)-(6), diuraikan " ..
      "https://baca.diskusipajak.com/cara-daftar-npwp-langsung-atau-lewat-pos",
  },
  unconfirmed = { minutes = TRIED.minutes },
  -- Urutan kunjungan (tests/journeys/usaha-dan-pajak.txt): memberi NPWP yang
  --   diperlukan NIB dan pendaftaran wajib pajak daerah. Tanpa `needs`: WNI
  --   membawa KTP-el, WNA paspor (salah satu).
  gives = { "npwp" },
}

agency:service {
  id = "npwp-badan",
  name = "Pendaftaran NPWP Badan",
  requirements = {
    "Akta pendirian/perubahan atau dokumen pendirian badan dan pengesahan Kemenkumham",
    "NPWP/NIK salah satu pengurus yang bertanggung jawab",
    "Keterangan tempat kegiatan usaha",
    "Surat kuasa bila diwakilkan",
  },
  procedure = {
    "Ambil nomor antrean",
    "Petugas TPT membantu pendaftaran di Coretax",
    "Penelitian dokumen",
    "NPWP badan dan SKT diterbitkan",
  },
  minutes = 20,
  completion = { at_counter = true },
  fee = 0,
  product = "NPWP badan dan Surat Keterangan Terdaftar (SKT)",
  complaint_channel = PENGADUAN,
  legal_basis = DASAR .. "; PMK 112/2022",
  priority = false,
  source = SUMBER .. "; PMK 112/2022",
  unconfirmed = { minutes = TRIED.minutes, completion = TRIED.completion },
}

agency:service {
  id = "pemadanan-nik",
  name = "Pemadanan dan Validasi NIK sebagai NPWP",
  requirements = {
    "KTP-el",
    "NPWP lama (15 digit) bila ada",
    "Kartu Keluarga bila data keluarga berbeda",
  },
  procedure = {
    "Ambil nomor antrean",
    "Petugas memeriksa kecocokan data Dukcapil dan data perpajakan",
    "Data dimutakhirkan; NIK aktif sebagai NPWP",
  },
  minutes = 10,
  completion = { at_counter = true },
  fee = 0,
  product = "NIK tervalidasi sebagai NPWP",
  complaint_channel = PENGADUAN,
  legal_basis = DASAR .. "; PMK 112/2022",
  priority = true,
  source = "PMK 112/2022; PMK 81/2024",
  unconfirmed = { minutes = TRIED.minutes, completion = TRIED.completion },
}

agency:service {
  id = "perubahan-data",
  name = "Perubahan Data Wajib Pajak",
  requirements = {
    "Formulir/permohonan perubahan data",
    "Dokumen yang membuktikan perubahan (mis. KTP-el, KK, akta perubahan)",
  },
  procedure = {
    "Ambil nomor antrean",
    "Petugas meneliti dokumen perubahan",
    "Data diperbarui di Coretax",
  },
  minutes = 15,
  completion = { at_counter = true },
  fee = 0,
  product = "Data wajib pajak yang telah diubah",
  complaint_channel = PENGADUAN,
  legal_basis = DASAR,
  priority = true,
  source = SUMBER,
  unconfirmed = { minutes = TRIED.minutes, completion = TRIED.completion },
}

agency:service {
  id = "pemindahan",
  name = "Pemindahan Tempat Wajib Pajak Terdaftar",
  requirements = {
    "Permohonan pemindahan",
    "Dokumen yang menunjukkan alamat atau tempat kegiatan usaha yang baru",
  },
  procedure = {
    "Ambil nomor antrean",
    "Penelitian permohonan",
    "Wajib pajak dipindahkan ke KPP yang wilayahnya meliputi alamat baru",
  },
  minutes = 15,
  completion = { days = 5 },
  fee = 0,
  product = "Surat Keterangan Terdaftar di KPP baru",
  complaint_channel = PENGADUAN,
  legal_basis = DASAR,
  priority = true,
  source = SUMBER,
  unconfirmed = { minutes = TRIED.minutes, completion = TRIED.completion },
}

agency:service {
  id = "non-efektif",
  name = "Penetapan Wajib Pajak Non-Efektif",
  requirements = {
    "Permohonan penetapan WP non-efektif",
    "Surat pernyataan tidak lagi melakukan kegiatan usaha/pekerjaan bebas atau penghasilan di bawah PTKP",
  },
  procedure = {
    "Ambil nomor antrean",
    "Penelitian permohonan",
    "Status wajib pajak ditetapkan non-efektif",
  },
  minutes = 10,
  completion = { days = 5 },
  fee = 0,
  product = "Pemberitahuan penetapan Wajib Pajak Non-Efektif",
  complaint_channel = PENGADUAN,
  legal_basis = DASAR,
  priority = true,
  source = SUMBER,
  unconfirmed = { minutes = TRIED.minutes, completion = TRIED.completion },
}

agency:service {
  id = "aktif-kembali",
  name = "Pengaktifan Kembali Wajib Pajak Non-Efektif",
  requirements = {
    "Permohonan pengaktifan kembali",
    "KTP-el",
  },
  procedure = {
    "Ambil nomor antrean",
    "Penelitian permohonan",
    "Status wajib pajak diaktifkan kembali",
  },
  minutes = 10,
  completion = { days = 5 },
  fee = 0,
  product = "Status wajib pajak aktif kembali",
  complaint_channel = PENGADUAN,
  legal_basis = DASAR,
  priority = true,
  source = SUMBER,
  unconfirmed = { minutes = TRIED.minutes, completion = TRIED.completion },
}

agency:service {
  id = "penghapusan-npwp",
  name = "Penghapusan NPWP",
  requirements = {
    "Permohonan penghapusan NPWP",
    "Dokumen pendukung sesuai alasan: akta kematian dan keterangan tidak meninggalkan warisan; "
      .. "akta pembubaran badan; surat nikah bagi wanita kawin yang memilih menggabungkan kewajiban dengan suami; "
      .. "bukti meninggalkan Indonesia selamanya",
  },
  procedure = {
    "Ambil nomor antrean",
    "Penelitian atau pemeriksaan oleh KPP",
    "Keputusan penghapusan NPWP diterbitkan (dapat lebih dari satu hari)",
  },
  minutes = 15,
  completion = { days = 120 },
  fee = 0,
  product = "Surat Keputusan Penghapusan NPWP",
  complaint_channel = PENGADUAN,
  legal_basis = DASAR,
  priority = true,
  source = SUMBER,
  unconfirmed = { minutes = TRIED.minutes, completion = TRIED.completion },
}

agency:service {
  id = "aktivasi-akun",
  name = "Aktivasi Akun Coretax dan Permintaan EFIN",
  requirements = {
    "Datang sendiri (wajib pajak orang pribadi) dengan KTP-el asli",
    "Alamat email dan nomor ponsel aktif",
    "Bagi badan: surat penunjukan pengurus, identitas pengurus",
  },
  procedure = {
    "Ambil nomor antrean",
    "Petugas memverifikasi identitas",
    "EFIN diterbitkan dan dikirim ke email; wajib pajak dibantu mengaktifkan akun Coretax",
  },
  minutes = 10,
  completion = { at_counter = true },
  fee = 0,
  product = "EFIN dan akun Coretax aktif",
  complaint_channel = PENGADUAN,
  legal_basis = DASAR,
  priority = true,
  source = SUMBER .. "; https://www.pajak.go.id (Coretax)",
  unconfirmed = { minutes = TRIED.minutes, completion = TRIED.completion },
}

agency:service {
  id = "sertifikat-elektronik",
  name = "Permohonan Kode Otorisasi DJP / Sertifikat Elektronik",
  requirements = {
    "Akun Coretax yang telah aktif",
    "KTP-el penanggung jawab; bagi badan: dokumen penunjukan penanggung jawab",
  },
  procedure = {
    "Ambil nomor antrean",
    "Petugas membantu permohonan di Coretax",
    "Kode otorisasi/sertifikat elektronik diterbitkan untuk menandatangani dokumen pajak (faktur, SPT)",
  },
  minutes = 15,
  completion = { at_counter = true },
  fee = 0,
  product = "Kode Otorisasi DJP atau Sertifikat Elektronik",
  complaint_channel = PENGADUAN,
  legal_basis = DASAR,
  priority = true,
  source = "PMK 81/2024; https://www.pajak.go.id (Coretax)",
  unconfirmed = { minutes = TRIED.minutes, completion = TRIED.completion },
}

agency:service {
  id = "pengukuhan-pkp",
  name = "Pengukuhan Pengusaha Kena Pajak (PKP)",
  requirements = {
    "Permohonan pengukuhan PKP",
    "Dokumen identitas pengurus/penanggung jawab",
    "Keterangan lokasi kegiatan usaha (dapat diverifikasi ke lapangan)",
  },
  procedure = {
    "Ambil nomor antrean",
    "Penelitian dokumen dan verifikasi lokasi usaha oleh KPP",
    "Surat Pengukuhan PKP diterbitkan bila memenuhi syarat",
  },
  minutes = 20,
  completion = { days = 5 },
  fee = 0,
  product = "Surat Pengukuhan Pengusaha Kena Pajak",
  complaint_channel = PENGADUAN,
  legal_basis = DASAR .. "; UU 8/1983 tentang PPN s.t.d.t.d. UU 7/2021",
  priority = false,
  source = SUMBER,
  unconfirmed = { minutes = TRIED.minutes, completion = TRIED.completion },
}

agency:service {
  id = "pencabutan-pkp",
  name = "Pencabutan Pengukuhan PKP",
  requirements = {
    "Permohonan pencabutan pengukuhan PKP",
    "Dokumen pendukung (mis. peredaran usaha di bawah batas pengusaha kecil, usaha berhenti)",
  },
  procedure = {
    "Ambil nomor antrean",
    "Penelitian atau pemeriksaan oleh KPP",
    "Surat pencabutan pengukuhan PKP diterbitkan bila memenuhi syarat",
  },
  minutes = 15,
  completion = { days = 120 },
  fee = 0,
  product = "Surat Pencabutan Pengukuhan PKP",
  complaint_channel = PENGADUAN,
  legal_basis = DASAR .. "; UU 8/1983 tentang PPN s.t.d.t.d. UU 7/2021",
  priority = false,
  source = SUMBER,
  unconfirmed = { minutes = TRIED.minutes, completion = TRIED.completion },
}

agency:service {
  id = "surat-keterangan-fiskal",
  name = "Surat Keterangan Fiskal (SKF)",
  requirements = {
    "Permohonan SKF (mis. untuk persyaratan tender, kredit atau perizinan)",
    "Telah menyampaikan SPT Tahunan 2 tahun pajak terakhir",
    "Tidak mempunyai utang pajak atau utang pajak telah mendapat izin angsuran/penundaan",
  },
  procedure = {
    "Ambil nomor antrean",
    "KPP meneliti kepatuhan pelaporan dan pembayaran",
    "SKF diterbitkan bila memenuhi syarat, atau diberi surat penolakan",
  },
  minutes = 10,
  completion = { days = 3 },
  fee = 0,
  product = "Surat Keterangan Fiskal",
  complaint_channel = PENGADUAN,
  legal_basis = DASAR,
  priority = true,
  source = SUMBER,
  unconfirmed = {
    requirements = TRIED.requirements,
    minutes = TRIED.minutes,
    completion = TRIED.completion,
  },
}

agency:service {
  id = "penelitian-pph-tanah",
  name = "Penelitian Formal Bukti Penyetoran PPh atas Pengalihan Hak atas Tanah dan/atau Bangunan",
  requirements = {
    "Formulir permohonan penelitian yang diisi lengkap",
    "Bukti penyetoran PPh final (SSP/bukti penerimaan negara) atas pengalihan",
    "Fotokopi KTP-el/NPWP pihak yang mengalihkan",
    "Fotokopi SPPT PBB tahun berjalan",
    "Fotokopi akta/ perjanjian pengikatan jual beli atau dokumen pengalihan",
  },
  procedure = {
    "Ambil nomor antrean",
    "Petugas meneliti kesesuaian setoran (tarif PPh final 2,5% dari nilai pengalihan, "
      .. "1% untuk rumah sederhana/rumah susun sederhana oleh pengusaha)",
    "Surat Keterangan Penelitian Formal diterbitkan untuk keperluan PPAT dan BPN",
  },
  minutes = 15,
  completion = { days = 3 },
  fee = 0,
  product = "Surat Keterangan Penelitian Formal Bukti Pemenuhan Kewajiban Penyetoran PPh",
  complaint_channel = PENGADUAN,
  legal_basis = KUP .. "; PP 34/2016; PMK 261/2016; PER-18/PJ/2017",
  priority = true,
  source = "PER-18/PJ/2017 (scribd.com salinan); PP 34/2016; PMK 261/2016; Standar Pelayanan KPP Pratama (anyflip.com/ncrse/gppi)",
  unconfirmed = { minutes = TRIED.minutes, completion = TRIED.completion },
}

agency:service {
  id = "skb-pph-tanah",
  name = "Surat Keterangan Bebas PPh atas Pengalihan Hak atas Tanah dan/atau Bangunan",
  requirements = {
    "Permohonan SKB yang diisi lengkap",
    "Fotokopi KTP-el/NPWP pemohon",
    "Fotokopi SPPT PBB tahun berjalan",
    "Dokumen alasan pembebasan: mis. surat keterangan waris, akta hibah kepada keluarga sedarah "
      .. "satu derajat, atau keterangan penghasilan di bawah PTKP dengan nilai pengalihan di bawah Rp60.000.000",
  },
  procedure = {
    "Ambil nomor antrean",
    "KPP meneliti pemenuhan syarat pengecualian",
    "SKB diterbitkan atau permohonan ditolak dengan alasan",
  },
  minutes = 15,
  completion = { days = 3 },
  fee = 0,
  product = "Surat Keterangan Bebas PPh atas pengalihan hak atas tanah/bangunan",
  complaint_channel = PENGADUAN,
  legal_basis = KUP .. "; PP 34/2016; PMK 261/2016",
  priority = true,
  source = "PP 34/2016; PMK 261/2016; docplayer.info 'Prosedur Pengajuan Permohonan SKB PPh atas Pengalihan Hak atas Tanah'",
  unconfirmed = { minutes = TRIED.minutes, completion = TRIED.completion },
}

agency:service {
  id = "pemindahbukuan",
  name = "Permohonan Pemindahbukuan (Pbk)",
  requirements = {
    "Permohonan pemindahbukuan",
    "Bukti pembayaran/penerimaan negara asli yang akan dipindahbukukan",
    "Surat kuasa bila diwakilkan",
  },
  procedure = {
    "Ambil nomor antrean",
    "Penelitian permohonan dan konfirmasi setoran",
    "Bukti Pbk diterbitkan",
  },
  minutes = 15,
  completion = { days = 20 },
  fee = 0,
  product = "Bukti Pemindahbukuan (Pbk)",
  complaint_channel = PENGADUAN,
  legal_basis = DASAR,
  priority = true,
  source = SUMBER,
  unconfirmed = { minutes = TRIED.minutes, completion = TRIED.completion },
}

agency:service {
  id = "pengurangan-sanksi",
  name = "Permohonan Pengurangan atau Penghapusan Sanksi Administrasi",
  requirements = {
    "Surat permohonan untuk satu Surat Tagihan Pajak/ketetapan, dengan alasan",
    "Fotokopi ketetapan/STP yang dimohonkan",
    "Dokumen pendukung alasan kekhilafan atau bukan karena kesalahan wajib pajak",
  },
  procedure = {
    "Ambil nomor antrean",
    "Permohonan diterima dan diberi bukti penerimaan",
    "KPP meneliti permohonan dan menerbitkan keputusan",
  },
  minutes = 15,
  completion = { days = 120, note = "paling lama 6 bulan" },
  fee = 0,
  product = "Bukti penerimaan permohonan; keputusan pengurangan/penghapusan sanksi",
  complaint_channel = PENGADUAN,
  legal_basis = KUP .. " (Pasal 36 ayat 1); PMK 81/2024",
  priority = true,
  source = "UU 6/1983 (KUP) Pasal 36; PMK 81/2024",
  unconfirmed = { minutes = TRIED.minutes, completion = TRIED.completion },
}

agency:service {
  id = "asistensi-spt",
  name = "Asistensi Pelaporan SPT Tahunan",
  requirements = {
    "Akun Coretax aktif (atau diaktifkan di loket)",
    "Bukti potong PPh dari pemberi kerja (mis. formulir 1721-A1/A2)",
    "Daftar harta, utang dan tanggungan keluarga",
  },
  procedure = {
    "Ambil nomor antrean",
    "Petugas mendampingi pengisian SPT Tahunan di Coretax",
    "SPT dikirim; bukti penerimaan elektronik diterima",
  },
  minutes = 20,
  completion = { at_counter = true },
  fee = 0,
  product = "Bukti Penerimaan Elektronik SPT Tahunan",
  complaint_channel = PENGADUAN,
  legal_basis = DASAR,
  priority = true,
  source = SUMBER,
  unconfirmed = { minutes = TRIED.minutes, completion = TRIED.completion },
}

agency:service {
  id = "kartu-npwp",
  name = "Permintaan Kembali Kartu NPWP dan/atau SKT",
  requirements = {
    "Permohonan cetak ulang",
    "KTP-el",
  },
  procedure = {
    "Ambil nomor antrean",
    "Petugas memverifikasi identitas",
    "Kartu NPWP dan/atau SKT dicetak ulang",
  },
  minutes = 10,
  completion = { at_counter = true },
  fee = 0,
  product = "Kartu NPWP dan/atau Surat Keterangan Terdaftar",
  complaint_channel = PENGADUAN,
  legal_basis = DASAR,
  priority = true,
  source = SUMBER,
  unconfirmed = { minutes = TRIED.minutes, completion = TRIED.completion },
}

-- Satu loket: kelompok prioritas didahulukan, satu antrean reguler setelah
-- tiga panggilan prioritas berturut-turut.
agency:route { priority_first = true, regular_after_priority = 3 }
