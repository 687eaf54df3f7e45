using EqualityMark.Shared.Messaging;

namespace EqualityMark.Host.Email.Viewer;

/// <summary>The authority's recent emails, newest first (the development mail viewer).</summary>
public sealed record ListOutboundEmailsQuery(string? To = null, int Take = 50) : IQuery<IReadOnlyList<OutboundEmailDto>>;
