namespace EqualityMark.ActionPlanning.Features.Statement;

/// <summary>
/// The duty's timetable: objectives are reviewed at least every four years and the information at least every
/// year, both counted from the date the governors approved them.
/// </summary>
internal static class ReviewDateRules
{
    public const int ObjectivesMaxYears = 4;

    public const int InformationMaxYears = 1;

    public static IEnumerable<(string Field, string Message)> Check(DateOnly? approvedOn, DateOnly? objectivesReviewOn, DateOnly? informationReviewOn)
    {
        if (approvedOn is not { } approved)
        {
            yield break;
        }

        if (objectivesReviewOn is { } objectives)
        {
            if (objectives <= approved)
            {
                yield return ("ObjectivesReviewOn", "The next review of the objectives must be after the date they were approved");
            }
            else if (objectives > approved.AddYears(ObjectivesMaxYears))
            {
                yield return ("ObjectivesReviewOn", $"The next review of the objectives must be no more than {ObjectivesMaxYears} years after approval");
            }
        }

        if (informationReviewOn is { } information)
        {
            if (information <= approved)
            {
                yield return ("InformationReviewOn", "The next update of the equality information must be after the date it was approved");
            }
            else if (information > approved.AddYears(InformationMaxYears))
            {
                yield return ("InformationReviewOn", "The next update of the equality information must be no more than 1 year after approval");
            }
        }
    }
}
