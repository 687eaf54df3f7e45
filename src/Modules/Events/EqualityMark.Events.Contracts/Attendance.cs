namespace EqualityMark.Events.Contracts;

public enum Attendance
{
    Attended,
    Apologies,
    NoShow,
}
