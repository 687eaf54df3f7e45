using EqualityMark.Shared.Messaging;

namespace EqualityMark.Audit.Contracts;

/// <summary>Whether the authority has published an audit framework (its badges come from the framework's strands).</summary>
public sealed record HasPublishedFrameworkQuery : IQuery<bool>;
