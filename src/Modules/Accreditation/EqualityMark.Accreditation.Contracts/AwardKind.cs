namespace EqualityMark.Accreditation.Contracts;

/// <summary>An award is one badge (a strand) or the Mark itself.</summary>
public enum AwardKind
{
    Badge,
    Mark,
}
