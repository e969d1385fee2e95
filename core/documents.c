/*
 * documents.c - the vocabulary of documents (see documents.h). A document
 * a citizen brings to the hall or takes home from it; add one here when a
 * plugin needs a new id, and say in the plugin where the requirement is
 * published.
 */
#include "documents.h"

#include <string.h>

static const catalog_document_t documents[] = {
    {"ktp-el", "KTP elektronik"},
    {"kk", "Kartu Keluarga"},
    {"kia", "Kartu Identitas Anak"},
    {"akta-kelahiran", "Akta Kelahiran"},
    {"akta-kematian", "Akta Kematian"},
    {"surat-kematian", "Surat keterangan kematian (desa/kelurahan atau rumah sakit)"},
    {"akta-perkawinan", "Akta Perkawinan (non-Muslim)"},
    {"buku-nikah", "Buku Nikah (KUA)"},
    {"akta-cerai", "Akta Cerai (Pengadilan Agama)"},
    {"akta-perceraian", "Akta Perceraian (non-Muslim)"},
    {"surat-pindah", "Surat Keterangan Pindah (SKPWNI)"},
    {"paspor", "Paspor"},
    {"skck", "SKCK"},
    {"sim", "SIM"},
    {"kartu-kuning", "Kartu pencari kerja (AK/1, kartu kuning)"},
    {"npwp", "NPWP"},
    {"nib", "Nomor Induk Berusaha (NIB)"},
    {"stnk", "STNK"},
    {"bpkb", "BPKB"},
    {"kartu-bpjs-kes", "Kartu peserta BPJS Kesehatan (KIS)"},
    {"kartu-bpjs-tk", "Kartu peserta BPJS Ketenagakerjaan"},
    {"sertifikat-tanah", "Sertipikat hak atas tanah"},
    {"sppt-pbb", "SPPT PBB"},
    {"bukti-bphtb", "Bukti bayar BPHTB"},
    {"akta-jual-beli", "Akta Jual Beli (PPAT)"},
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
