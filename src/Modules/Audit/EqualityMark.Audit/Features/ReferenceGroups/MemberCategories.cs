using EqualityMark.Audit.Contracts;

namespace EqualityMark.Audit.Features.ReferenceGroups;

public static class MemberCategories
{
    public static string Name(MemberCategory category) => category switch
    {
        MemberCategory.SeniorLeadership => "Senior leadership team",
        MemberCategory.NonTeachingStaff => "Non-teaching staff",
        _ => category.ToString(),
    };
}
