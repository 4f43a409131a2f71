"""The commands of the command line (:mod:`onrecord.cli`), one module per group of commands.

Each command is a thin call into the layers below; :mod:`.common` holds what they share (the
context, --json output, errors and exit codes), :mod:`.options` the options several take.
"""
