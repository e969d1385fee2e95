/*
 * documents.c - the vocabulary of documents (see documents.h). A document
 * a citizen brings to the hall or takes home from it; add one here when a
 * plugin needs a new id, and say in the plugin where the requirement is
 * published.
 */
#include "documents.h"

#include <string.h>

static const catalog_document_t documents[] = {
    {"ktp-el", "KTP elektronik", "dukcapil"},
    {"kk", "Kartu Keluarga", "dukcapil"},
    {"kia", "Kartu Identitas Anak", "dukcapil"},
    {"akta-kelahiran", "Akta Kelahiran", "dukcapil"},
    {"akta-kematian", "Akta Kematian", "dukcapil"},
    {"surat-kematian", "Surat keterangan kematian (desa/kelurahan atau rumah sakit)", NULL},
    {"akta-perkawinan", "Akta Perkawinan (non-Muslim)", "dukcapil"},
    {"buku-nikah", "Buku Nikah (KUA)", "kemenag"},
    {"akta-cerai", "Akta Cerai (Pengadilan Agama)", "pa"},
    {"akta-perceraian", "Akta Perceraian (non-Muslim)", "dukcapil"},
    {"surat-pindah", "Surat Keterangan Pindah (SKPWNI)", "dukcapil"},
    {"paspor", "Paspor", "imigrasi"},
    {"skck", "SKCK", "polres"},
    {"sim", "SIM", "polres"},
    {"kartu-kuning", "Kartu pencari kerja (AK/1, kartu kuning)", "disnaker"},
    {"npwp", "NPWP", "kpp"},
    {"nib", "Nomor Induk Berusaha (NIB)", "dpmptsp"},
    {"stnk", "STNK", "samsat"},
    {"bpkb", "BPKB", "samsat"},
    {"kartu-bpjs-kes", "Kartu peserta BPJS Kesehatan (KIS)", "bpjs-kes"},
    {"kartu-bpjs-tk", "Kartu peserta BPJS Ketenagakerjaan", "bpjs-tk"},
    {"sertifikat-tanah", "Sertipikat hak atas tanah", "bpn"},
    {"sppt-pbb", "SPPT PBB", "bapenda"},
    {"bukti-bphtb", "Bukti bayar BPHTB", "bapenda"},
    {"akta-jual-beli", "Akta Jual Beli (PPAT)", NULL},
};

#define N_DOCUMENTS (sizeof documents / sizeof documents[0])

const catalog_document_t *catalog_document_find(const char *id)
{
    for (size_t i = 0; id && i < N_DOCUMENTS; i++)
        if (strcmp(documents[i].id, id) == 0)
            return &documents[i];
    return NULL;
}

const catalog_document_t *catalog_documents(size_t *n)
{
    *n = N_DOCUMENTS;
    return documents;
}

const char *const *catalog_document_ids(void)
{
    static const char *ids[N_DOCUMENTS + 1];
    if (!ids[0])
        for (size_t i = 0; i < N_DOCUMENTS; i++)
            ids[i] = documents[i].id;
    return ids;
}
