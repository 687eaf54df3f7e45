namespace EqualityMark.Accreditation.Contracts;

/// <summary>The live status of an award, worked out from its dates and any revocation.</summary>
public enum AwardStatus
{
    Valid,
    Expired,
    Revoked,
}
