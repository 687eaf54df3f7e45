namespace EqualityMark.Accreditation.Contracts;

/// <summary>One badge of a school: its open (or last) summary's status and the badge award it holds, if any.</summary>
public sealed record StrandAccreditationDto(string StrandKey, string StrandName, Guid? SummaryId, SummaryStatus? SummaryStatus, AwardDto? Badge);
