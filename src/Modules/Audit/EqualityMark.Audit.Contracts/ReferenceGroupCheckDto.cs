namespace EqualityMark.Audit.Contracts;

/// <summary>Enough about a school's reference group to check the programme's rule (a senior leader is a member).</summary>
public sealed record ReferenceGroupCheckDto(int MemberCount, bool HasSeniorLeader);
