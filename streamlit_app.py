"""ZONE chat editor: the web page (`streamlit run streamlit_app.py`; its parts live in `app/`)."""

from app.page import main

main()
