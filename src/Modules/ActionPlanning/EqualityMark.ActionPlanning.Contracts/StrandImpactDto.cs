namespace EqualityMark.ActionPlanning.Contracts;

/// <summary>What changed, for which group (by strand, never individual pupils), with the measure before and after.</summary>
public sealed record StrandImpactDto(Guid Id, string WhatChanged, string StrandKey, string Group, string? Measure, string? Before, string? After, DateTimeOffset RecordedAt);
