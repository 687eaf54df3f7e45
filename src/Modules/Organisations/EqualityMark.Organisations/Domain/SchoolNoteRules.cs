namespace EqualityMark.Organisations.Domain;

internal static class SchoolNoteRules
{
    public const int LongestNote = 4000;
}
