namespace EqualityMark.Evidence.Domain;

internal enum EvidencePackStatus
{
    Queued,
    Building,
    Ready,
    Failed,
    Expired,
}
