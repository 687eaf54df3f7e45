namespace EqualityMark.Audit.Contracts;

/// <summary>Who a reference group member is. The group must include senior leadership.</summary>
public enum MemberCategory
{
    SeniorLeadership,
    Teacher,
    NonTeachingStaff,
    Parent,
    Governor,
    Pupil,
}
