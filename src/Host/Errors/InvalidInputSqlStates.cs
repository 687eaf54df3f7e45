using Npgsql;

namespace EqualityMark.Host.Errors;

/// <summary>
/// The safety net behind the input rule: PostgreSQL errors that mean "the value sent is not acceptable"
/// (too long, a character it cannot store, a number or date out of range) are the client's 400, not our 500.
/// </summary>
internal static class InvalidInputSqlStates
{
    private static readonly HashSet<string> States =
    [
        PostgresErrorCodes.StringDataRightTruncation,
        PostgresErrorCodes.CharacterNotInRepertoire,
        PostgresErrorCodes.UntranslatableCharacter,
        PostgresErrorCodes.NumericValueOutOfRange,
        PostgresErrorCodes.DatetimeFieldOverflow,
        PostgresErrorCodes.InvalidTextRepresentation,
    ];

    public static bool Matches(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is PostgresException postgres && States.Contains(postgres.SqlState))
            {
                return true;
            }
        }

        return false;
    }
}
