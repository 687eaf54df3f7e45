using System.Data;
using EqualityMark.Shared.Tenancy;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace EqualityMark.Shared.Data;

/// <summary>
/// One PostgreSQL connection per DI scope, shared by every module's DbContext in that scope,
/// so a command's unit of work is one transaction and the tenant is set once per connection open.
/// A request opens it once (<see cref="OpenAsync"/>): EF then leaves it open between queries instead of
/// taking it from the pool, resetting it and setting the tenant again for every query.
/// </summary>
public sealed class DbSession(NpgsqlDataSource dataSource, ITenantContext tenant) : IAsyncDisposable, IDisposable
{
    private readonly HashSet<DbContext> _enlisted = [];
    private NpgsqlConnection? _connection;

    public NpgsqlConnection Connection => _connection ??= dataSource.CreateConnection();

    public NpgsqlTransaction? Transaction { get; private set; }

    public Guid? TenantId => tenant.TenantId;

    public async Task<NpgsqlTransaction> BeginTransactionAsync(CancellationToken cancellationToken)
    {
        if (Transaction is not null)
        {
            throw new InvalidOperationException("A unit of work is already open in this scope.");
        }

        await OpenAsync(cancellationToken);
        Transaction = await Connection.BeginTransactionAsync(cancellationToken);
        return Transaction;
    }

    /// <summary>Opens the scope's connection with the scope's tenant set, unless it is open already.</summary>
    public async Task OpenAsync(CancellationToken cancellationToken)
    {
        if (Connection.State != ConnectionState.Open)
        {
            await Connection.OpenAsync(cancellationToken);
            await TenantSessionSetting.ApplyAsync(Connection, tenant.TenantId, cancellationToken);
        }
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        var transaction = Transaction ?? throw new InvalidOperationException("No unit of work is open.");
        Transaction = null;
        await transaction.CommitAsync(cancellationToken);
        await transaction.DisposeAsync();
        ReleaseEnlisted();
    }

    /// <summary>Joins a context to the open unit of work; it is released when the unit of work ends.</summary>
    public void Enlist(DbContext context)
    {
        if (Transaction is not null && _enlisted.Add(context))
        {
            context.Database.UseTransaction(Transaction);
        }
    }

    private void ReleaseEnlisted()
    {
        foreach (var context in _enlisted)
        {
            context.Database.UseTransaction(null);
        }

        _enlisted.Clear();
    }

    public async Task RollbackAsync()
    {
        var transaction = Transaction;
        Transaction = null;
        if (transaction is not null)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            await transaction.DisposeAsync();
            ReleaseEnlisted();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await RollbackAsync();
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
    }

    public void Dispose()
    {
        Transaction?.Dispose();
        Transaction = null;
        _connection?.Dispose();
    }
}
