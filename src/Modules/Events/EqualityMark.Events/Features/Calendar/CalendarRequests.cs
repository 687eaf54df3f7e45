using EqualityMark.Shared.Messaging;
using MediatR;

namespace EqualityMark.Events.Features.Calendar;

/// <summary>The current user's calendar: booked meetings and visits of their school (staff: all; advisors: their own visits).</summary>
internal sealed record GetMyCalendarQuery : IQuery<IReadOnlyList<CalendarEventDto>>;

/// <summary>Creates the user's private feed address (replacing any earlier one); the token is shown once.</summary>
internal sealed record CreateCalendarFeedCommand : ICommand<string>;

internal sealed record RevokeCalendarFeedCommand : ICommand<Unit>;

/// <summary>The events behind a feed token, for calendar apps that cannot sign in. Unknown or revoked tokens are not found.</summary>
internal sealed record GetFeedCalendarQuery(string Token) : IQuery<IReadOnlyList<CalendarEventDto>>;

internal sealed record HasCalendarFeedQuery : IQuery<bool>;
