namespace EqualityMark.Accreditation.Contracts;

/// <summary>
/// A badge a visit is to verify: the summary's status in words, whether it is ready (accepted at the desk check),
/// and where the advisor reads it and records the outcome.
/// </summary>
public sealed record SummaryToVerifyDto(string StrandKey, string StrandName, Guid? SummaryId, SummaryStatus? Status, string StatusLabel, bool Ready, string? Path);
