namespace EqualityMark.Events.Features.Meetings;

/// <summary>A page with a meeting's form, so the scheduling and changing pages share one set of fields (_MeetingFields).</summary>
public interface IMeetingForm
{
    MeetingInput Input { get; }
}
