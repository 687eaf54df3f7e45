namespace EqualityMark.Audit.Contracts;

/// <summary>A RAG judgement. NotAssessed is "not yet assessed" and never counts towards a cell.</summary>
public enum Rating
{
    NotAssessed,
    Red,
    Amber,
    Green,
}
