namespace EqualityMark.Shared.Email;

/// <summary>A module's record that a reminder went out, unique per (kind, subject, period): what <see cref="DueReminders"/> reads and writes.</summary>
public interface ISentReminder
{
    string Kind { get; }

    Guid SubjectId { get; }

    string Period { get; }
}
