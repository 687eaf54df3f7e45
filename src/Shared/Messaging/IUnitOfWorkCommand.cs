namespace EqualityMark.Shared.Messaging;

/// <summary>Non-generic marker so the pipeline can recognise commands without reflection.</summary>
public interface IUnitOfWorkCommand;
