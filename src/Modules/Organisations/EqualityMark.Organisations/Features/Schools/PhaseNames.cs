using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Text;

namespace EqualityMark.Organisations.Features.Schools;

public static class PhaseNames
{
    public static string Display(SchoolPhase phase) => EnumNames.Of(phase);
}
