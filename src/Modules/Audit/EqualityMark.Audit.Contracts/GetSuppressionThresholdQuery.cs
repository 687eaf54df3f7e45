using EqualityMark.Shared.Messaging;

namespace EqualityMark.Audit.Contracts;

/// <summary>
/// The authority's suppression threshold: published counts below it are shown as "fewer than N" so nobody can be
/// identified. Authority configuration, so anyone on the authority's site may ask (public pages too).
/// </summary>
public sealed record GetSuppressionThresholdQuery : IQuery<int>;
