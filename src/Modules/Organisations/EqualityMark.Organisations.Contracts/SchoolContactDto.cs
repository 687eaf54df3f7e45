namespace EqualityMark.Organisations.Contracts;

/// <summary>Someone a module may write to on a school's behalf: a name and an email address, nothing more.</summary>
public sealed record SchoolContactDto(string FullName, string Email);
