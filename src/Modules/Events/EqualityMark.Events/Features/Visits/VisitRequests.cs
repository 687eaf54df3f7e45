using EqualityMark.Events.Contracts;
using EqualityMark.Shared.Messaging;

namespace EqualityMark.Events.Features.Visits;

/// <summary>The school asks for a visit its package still includes, with dates that suit it and the focus (or badges to verify).</summary>
internal sealed record RequestVisitCommand(VisitKind? Kind, string Focus, string ProposedDates, IReadOnlyList<string>? BadgesToVerify) : ICommand<VisitDto>;

/// <summary>The visits the person may see; with <paramref name="OnlyMine"/> a member of the team sees only the visits they are the advisor of.</summary>
internal sealed record ListVisitsQuery(int? AcademicYear = null, bool OnlyMine = false) : IQuery<IReadOnlyList<VisitDto>>;

internal sealed record GetVisitQuery(Guid VisitId) : IQuery<VisitDetailsDto>;

/// <summary>The authority assigns an advisor and a time; the package's unit is used now. An advisor cannot be in two places at once.</summary>
internal sealed record ConfirmVisitCommand(Guid VisitId, Guid? AdvisorId, DateTimeOffset? StartsAt, DateTimeOffset? EndsAt) : ICommand<VisitDto>;

/// <summary>Cancels a visit; with enough notice the package's unit is given back.</summary>
internal sealed record CancelVisitCommand(Guid VisitId) : ICommand<VisitDto>;

/// <summary>After the visit the advisor writes the record; the visit is then complete.</summary>
internal sealed record RecordVisitCommand(Guid VisitId, string Record) : ICommand<VisitDetailsDto>;

/// <summary>The school agrees with the record or comments on it; every entry is kept.</summary>
internal sealed record RespondToVisitCommand(Guid VisitId, bool Agree, string? Comment) : ICommand<VisitDetailsDto>;
