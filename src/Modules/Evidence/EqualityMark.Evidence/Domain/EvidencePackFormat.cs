namespace EqualityMark.Evidence.Domain;

internal enum EvidencePackFormat
{
    Word,
    Pdf,
}
