namespace EqualityMark.Events.Contracts;

public enum VisitStatus
{
    Requested,
    Confirmed,
    Completed,
    Cancelled,
}
