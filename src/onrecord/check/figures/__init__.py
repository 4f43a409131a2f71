"""Amounts, counts and dates of one matter: when two figures are one, agree or clash."""
